package io.trunkline.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trunkline.base.FieldException;
import io.trunkline.phonenumber.Provider;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioSummary;

/**
 * The organization's SIP trunks and Twilio integrations by id and by name, to check the
 * wizard's choice and resolve a row's trunk column.
 */
final class Carriers {

	/** A checked carrier: the provider and the one id that goes with it. */
	record Carrier(Provider provider, Long sipTrunkId, Long twilioIntegrationId) {
	}

	private final Map<String, Carrier> byName = new HashMap<>();

	private final Map<Long, TrunkSummary> trunks = new HashMap<>();

	private final Map<Long, TwilioSummary> integrations = new HashMap<>();

	Carriers(List<TrunkSummary> trunks, List<TwilioSummary> integrations) {
		integrations.forEach((twilio) -> {
			this.integrations.put(twilio.id(), twilio);
			this.byName.put(key(twilio.name()), new Carrier(Provider.TWILIO, null, twilio.id()));
		});
		// a trunk wins over an integration of the same name
		trunks.forEach((trunk) -> {
			this.trunks.put(trunk.id(), trunk);
			this.byName.put(key(trunk.name()), new Carrier(Provider.SIP, trunk.id(), null));
		});
	}

	/**
	 * @throws FieldException at {@code carrier} when nothing or something unknown is
	 * chosen
	 */
	Carrier check(ImportSettings settings) {
		if (settings.provider() == Provider.TWILIO) {
			if (settings.twilioIntegrationId() == null
					|| !this.integrations.containsKey(settings.twilioIntegrationId())) {
				throw new FieldException("carrier", "Choose the Twilio integration of these numbers");
			}
			return new Carrier(Provider.TWILIO, null, settings.twilioIntegrationId());
		}
		if (settings.sipTrunkId() == null || !this.trunks.containsKey(settings.sipTrunkId())) {
			throw new FieldException("carrier", "Choose the SIP trunk that carries these numbers");
		}
		return new Carrier(Provider.SIP, settings.sipTrunkId(), null);
	}

	/** The carrier a row names, or {@code null} for an unknown name. */
	Carrier named(String name) {
		return this.byName.get(key(name));
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
