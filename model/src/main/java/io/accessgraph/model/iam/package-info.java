/** IAM entities of one account as GetAccountAuthorizationDetails describes them. */
package io.accessgraph.model.iam;
