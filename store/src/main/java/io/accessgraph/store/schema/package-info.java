/**
 * The graph schema in one place: every node label and relationship type the store writes, the
 * constraints and indexes that go with them, and the one way rows are written ({@link
 * io.accessgraph.store.schema.Unwind}). Nothing outside this package spells a label or a type.
 */
package io.accessgraph.store.schema;
