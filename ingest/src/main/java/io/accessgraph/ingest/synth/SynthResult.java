package io.accessgraph.ingest.synth;

import java.nio.file.Path;

/**
 * What {@link SyntheticOrganization#write} wrote.
 *
 * @param principals IAM users and roles over all accounts
 * @param files every file written, {@code _expected.json} included
 * @param bytes their total size
 * @param expectedAnswers the {@code _expected.json} file with the planted paths
 */
public record SynthResult(
    int accounts, long principals, long files, long bytes, Path expectedAnswers) {}
