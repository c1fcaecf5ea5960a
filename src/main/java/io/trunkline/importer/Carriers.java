package io.trunkline.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.trunkline.phonenumber.NumberContext;
import io.trunkline.phonenumber.Provider;

/**
 * The organization's SIP trunks and Twilio integrations by name, to resolve a row's trunk
 * column. Whether a carrier may be used is {@code NumberChecker}'s rule.
 */
final class Carriers {

	/** A carrier: the provider and the one id that goes with it. */
	record Carrier(Provider provider, Long sipTrunkId, Long twilioIntegrationId) {

		static Carrier of(ImportSettings settings) {
			return (settings.provider() == Provider.TWILIO)
					? new Carrier(Provider.TWILIO, null, settings.twilioIntegrationId())
					: new Carrier(settings.provider(), settings.sipTrunkId(), null);
		}

	}

	private final Map<String, Carrier> byName = new HashMap<>();

	Carriers(NumberContext context) {
		context.integrations()
			.values()
			.forEach((twilio) -> this.byName.put(key(twilio.name()), new Carrier(Provider.TWILIO, null, twilio.id())));
		// a trunk wins over an integration of the same name
		context.trunks()
			.values()
			.forEach((trunk) -> this.byName.put(key(trunk.name()), new Carrier(Provider.SIP, trunk.id(), null)));
	}

	/** The carrier a row names, or {@code null} for an unknown name. */
	Carrier named(String name) {
		return this.byName.get(key(name));
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
