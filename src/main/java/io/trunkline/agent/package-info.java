/**
 * AI agents of an organization: their published versions (1, 2, 3...) and the tags that
 * point to a version. Numbers bind to an agent through a
 * {@link io.trunkline.agent.VersionRef}. This feature knows nothing of the phone number
 * entity: what it needs of the bindings it reads and writes in SQL.
 */
package io.trunkline.agent;
