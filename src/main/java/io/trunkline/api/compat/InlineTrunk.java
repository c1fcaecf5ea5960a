package io.trunkline.api.compat;

import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.Transport;

/**
 * A trunk a platform's request describes inline rather than by id. {@link #toString()}
 * leaves the password out.
 *
 * @param platform the platform's name, the start of a new trunk's readable name
 * @param name the name the request gives a new trunk, or {@code null}
 * @param mediaEncryption what the request asks for, {@code null} when it says nothing
 */
record InlineTrunk(String platform, String name, String terminationUri, Transport transport, String username,
		String password, MediaEncryption mediaEncryption) {

	@Override
	public String toString() {
		return "InlineTrunk[" + this.platform + ", " + this.terminationUri + "]";
	}

}
