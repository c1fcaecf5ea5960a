package io.trunkline.trunk;

/** How SIP signalling reaches the trunk. */
public enum Transport {

	UDP, TCP, TLS

}
