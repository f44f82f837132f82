/**
 * An in-process fake of the AWS APIs the collector calls, speaking the real wire protocols (query
 * with XML answers for IAM, STS, EC2 and CloudFormation; JSON 1.1 for Organizations, CodeBuild,
 * ECS, Glue and SageMaker; REST-JSON for Lambda) and answering from scenario directories of raw
 * response files. Shipped in the ingest test-jar so other modules' end-to-end tests can drive the
 * real SDK clients against it. See {@link io.accessgraph.ingest.aws.fake.FakeAwsServer}.
 */
package io.accessgraph.ingest.aws.fake;
