/**
 * Organizations (tenants): their name, slug and default region, the operator's view of
 * them, and the first start of an empty installation.
 */
package io.trunkline.organization;
