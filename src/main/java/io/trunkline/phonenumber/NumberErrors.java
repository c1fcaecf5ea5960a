package io.trunkline.phonenumber;

/**
 * The stable codes of a number's field errors. API clients rely on them, so a code is
 * never renamed; the message a person reads may change.
 */
public final class NumberErrors {

	public static final String NUMBER_REQUIRED = "number_required";

	public static final String NUMBER_INVALID = "number_invalid";

	public static final String NUMBER_EXTENSION = "number_extension_unsupported";

	public static final String NUMBER_UNKNOWN_COUNTRY = "number_unknown_country_code";

	public static final String PSEUDO_INVALID = "pseudo_number_invalid";

	public static final String NUMBER_ALREADY_PRESENT = "number_already_present";

	public static final String TOO_LONG = "too_long";

	public static final String PROVIDER_REQUIRED = "provider_required";

	public static final String TRUNK_REQUIRED = "sip_trunk_required";

	public static final String TRUNK_NOT_FOUND = "sip_trunk_not_found";

	public static final String INTEGRATION_REQUIRED = "twilio_integration_required";

	public static final String INTEGRATION_NOT_FOUND = "twilio_integration_not_found";

	public static final String WEBHOOK_URL_INVALID = "webhook_url_invalid";

	/** The webhook's host is loopback, private, link-local or otherwise not public. */
	public static final String WEBHOOK_URL_PRIVATE = "webhook_url_private_host";

	/** The webhook URL carries a user name or password. */
	public static final String WEBHOOK_URL_CREDENTIALS = "webhook_url_credentials";

	public static final String COUNTRY_UNKNOWN = "country_unknown";

	public static final String FALLBACK_SELF = "fallback_is_self";

	public static final String FALLBACK_HAS_FALLBACK = "fallback_has_fallback";

	public static final String FALLBACK_TARGET = "number_is_fallback_target";

	public static final String PIN_INVALID = "pin_invalid";

	public static final String DIRECTION_NOT_TAKEN = "direction_not_taken";

	public static final String AGENT_NOT_FOUND = "agent_not_found";

	public static final String AGENT_TWICE = "agent_listed_twice";

	public static final String AGENT_VERSION_INVALID = "agent_version_invalid";

	public static final String AGENT_VERSION_NOT_FOUND = "agent_version_not_found";

	public static final String AGENT_UNPUBLISHED = "agent_unpublished";

	public static final String WEIGHT_NOT_POSITIVE = "weight_not_positive";

	public static final String WEIGHTS_NOT_100 = "weights_not_100";

	public static final String BINDINGS_VERSION_REQUIRED = "bindings_version_required";

	private NumberErrors() {
	}

}
