/**
 * The bundled demo organization: AWS CLI outputs of six fictitious accounts, shipped as classpath
 * resources in the offline input format (see docs/demo.md).
 */
package io.accessgraph.ingest.demo;
