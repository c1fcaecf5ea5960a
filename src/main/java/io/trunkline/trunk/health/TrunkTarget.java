package io.trunkline.trunk.health;

import io.trunkline.trunk.Transport;

/** The parts of a trunk a check needs. */
record TrunkTarget(long trunkId, long organizationId, String terminationUri, Transport transport) {

}
