/**
 * Synthetic AWS Organizations for scale tests and benchmarks: {@link
 * io.accessgraph.ingest.synth.SyntheticOrganization#write} writes N accounts of M principals each
 * in the offline input format (AWS CLI JSON per account and region, plus org.json), deterministic
 * for a seed, streamed one account at a time.
 *
 * <p>One account in ten (an "audit" account) holds planted escalation paths, and {@code
 * _expected.json} states what a correct analysis must find for them: paths that must exist and
 * edges that must not. Audit accounts are locked down (no administrator, no grant of sts:AssumeRole
 * besides the planted ones) so that the random mix elsewhere cannot make an expected answer wrong.
 * docs/synth.md describes the mix.
 */
package io.accessgraph.ingest.synth;
