package io.trunkline.trunk;

/**
 * What the console shows of every carrier (a SIP trunk, a Twilio integration) to list and
 * edit it; its secret only as set or not.
 */
public interface CarrierSummary {

	long id();

	long version();

	String name();

}
