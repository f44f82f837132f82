/**
 * Offline ingest: a directory (or in-memory list) of unmodified AWS CLI JSON outputs read into a
 * {@link io.accessgraph.model.snapshot.Snapshot}. Entry point: {@link
 * io.accessgraph.ingest.offline.OfflineSnapshotReader}.
 *
 * <p>Each file is recognised by its top-level keys, never by its name: get-account-authorization-
 * details, ec2 describe-instances, org.json, list-access-keys, get-credential-report,
 * list-open-id-connect-providers, list-saml-providers, and the resource inventory that escalation
 * methods act on (lambda list-functions, cloudformation describe-stacks, codebuild
 * batch-get-projects, the collector's ECS, Glue and SageMaker files). Data is merged per account
 * (the account comes from ARNs or OwnerId) and sorted by id/ARN, so re-reading the same input gives
 * an equal snapshot. Only Glue, whose output holds no ARNs, falls back to the collector's file name
 * for the region.
 *
 * <p>Memory: a directory is read in two passes so that at most one file's bytes and tree are held
 * at a time. The first streams through every file to find its kind from its top-level keys ({@link
 * io.accessgraph.ingest.offline.TopLevelScanner}); the second parses and maps the files one by one,
 * kind by kind in {@link io.accessgraph.ingest.offline.InputKind} order and by name within a kind.
 *
 * <p>Bad input never throws. It becomes an {@link io.accessgraph.model.snapshot.IngestProblem}
 * naming the file (relative to the input directory) and the entity, and the rest of that file and
 * every other file are still read. A malformed or unrecognised file is left out whole; an entity
 * missing a required field is left out alone.
 *
 * <p>A policy document that does not parse: the entity is kept and only that policy is left out (a
 * default managed-policy version takes its policy with it; a trust policy is replaced by an empty
 * one). Neither direction is safe in general: dropping an Allow under-reports access, while
 * dropping a Deny (or an SCP, or a boundary) over-reports it. Dropping the whole entity would
 * under-report everything it reaches, and guessing a document's meaning would be worse. So the
 * policy goes, the entity stays, and the problem says which policy of which entity was left out and
 * what that means, so the result is never silently wrong.
 *
 * <p>The credential report carries no access key ids. When no list-access-keys output gave a user's
 * real keys, the report's key slots become keys with the synthetic ids {@code key-1} and {@code
 * key-2}, unique only within their user.
 */
package io.accessgraph.ingest.offline;
