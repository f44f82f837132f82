/**
 * Raw data in and out: turns a {@link io.accessgraph.model.snapshot.Snapshot} into graph rows (pure
 * transforms), writes them one account per transaction with stale-data cleanup (the update-tag
 * pattern), and reads the stored accounts back as a snapshot.
 */
package io.accessgraph.store.snapshot;
