/**
 * Collecting what lives in one region of one account: EC2 instances and the resources that
 * escalation methods act on (Lambda functions, CloudFormation stacks, CodeBuild projects, ECS task
 * definitions and services, Glue dev endpoints and jobs, SageMaker notebooks), each with the role
 * it runs as. One collector per service, each writing {@code <account>-<service>-<region>.json}.
 */
package io.accessgraph.ingest.aws.regional;
