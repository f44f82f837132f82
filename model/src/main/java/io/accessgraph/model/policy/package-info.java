/**
 * IAM policy documents as AWS writes them, parsed into typed statements. Tolerates what occurs in
 * the wild: a single statement object or an array, string-or-list fields, numbers and booleans as
 * strings, URL-encoded documents, unknown fields.
 */
package io.accessgraph.model.policy;
