/**
 * Writing what the SDK returned in the shapes the AWS CLI prints: one generic writer over the SDK's
 * own field metadata (member names as in the API, timestamps ISO-8601, blobs base64), the single
 * place where IAM's URL-encoded policy documents are decoded, and the output directory.
 */
package io.accessgraph.ingest.aws.json;
