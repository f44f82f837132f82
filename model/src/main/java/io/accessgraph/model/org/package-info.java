/** The AWS Organization: roots, OUs, accounts with their parents, SCPs and RCPs with targets. */
package io.accessgraph.model.org;
