/**
 * The domain model shared by every module: ARNs, parsed policy documents, IAM entities, EC2
 * instances, the organization tree and the immutable {@link io.accessgraph.model.snapshot.Snapshot}
 * that ingest produces and the store and analysis consume. Depends on Jackson only.
 */
package io.accessgraph.model;
