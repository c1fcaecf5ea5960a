package io.trunkline.trunk.health;

import io.trunkline.trunk.Transport;

/**
 * The parts of a trunk a check needs; the password stays in the trunk feature.
 *
 * @param registration whether the trunk's registration is on
 * @param username the auth username, or {@code null}
 */
record TrunkTarget(long trunkId, long organizationId, String terminationUri, Transport transport, boolean registration,
		String username) {

}
