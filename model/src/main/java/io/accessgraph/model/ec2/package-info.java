/** EC2 instances as DescribeInstances describes them. */
package io.accessgraph.model.ec2;
