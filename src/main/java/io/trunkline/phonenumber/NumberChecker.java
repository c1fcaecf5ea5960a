package io.trunkline.phonenumber;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.trunkline.base.Texts;
import io.trunkline.base.FieldError;
import io.trunkline.base.PublicAddresses;

/**
 * The one rule set for a number's own fields, whichever way it comes in (the form, an
 * import, the API): turns a raw {@link PhoneNumberCommand} and a preloaded
 * {@link NumberContext} into a {@link NumberDraft}, or into every field error at once.
 * Pure: it reads nothing but its arguments. What needs the stored numbers (uniqueness,
 * fallback chains) the writers check on top.
 */
public final class NumberChecker {

	private static final Pattern PIN = Pattern.compile("[0-9]{4,10}");

	private NumberChecker() {
	}

	public static NumberCheck check(PhoneNumberCommand input, NumberContext context) {
		List<FieldError> errors = new ArrayList<>();
		NormalizedNumber number = number(input.getNumber(), input.isPseudo(), context.defaultRegion(), errors);
		return check(input, number, context, errors);
	}

	/**
	 * The same check for an input whose number was normalized before (an import's
	 * reviewed row): every other field against the context as it is now, without parsing
	 * the number again.
	 */
	public static NumberCheck checkNormalized(PhoneNumberCommand input, NormalizedNumber number,
			NumberContext context) {
		return check(input, number, context, new ArrayList<>());
	}

	private static NumberCheck check(PhoneNumberCommand input, NormalizedNumber number, NumberContext context,
			List<FieldError> errors) {
		String name = Texts.blankToNull(input.getDisplayName());
		String description = Texts.blankToNull(input.getDescription());
		tooLong(errors, "displayName", "name", name, PhoneNumberCommand.NAME_MAX);
		tooLong(errors, "description", "description", description, PhoneNumberCommand.DESCRIPTION_MAX);
		errors.addAll(carrier(input.getProvider(), input.getSipTrunkId(), input.getTwilioIntegrationId(), context));
		String webhook = webhook(input.getInboundWebhookUrl(), context.allowPrivateTargets(), errors);
		Set<String> inboundCountries = countries("allowedInboundCountries", input.getAllowedInboundCountries(), errors);
		Set<String> outboundCountries = countries("allowedOutboundCountries", input.getAllowedOutboundCountries(),
				errors);
		String fallback = e164("fallbackNumber", input.getFallbackNumber(), context.defaultRegion(), errors);
		if (fallback != null && number != null && fallback.equals(number.e164())) {
			errors.add(new FieldError("fallbackNumber", NumberErrors.FALLBACK_SELF,
					"A number cannot fall back to itself"));
		}
		String testCall = e164("testCallDestination", input.getTestCallDestination(), context.defaultRegion(), errors);
		String pin = Texts.blankToNull(input.getInboundPin());
		if (pin != null && !PIN.matcher(pin).matches()) {
			errors.add(new FieldError("inboundPin", NumberErrors.PIN_INVALID, "Use 4 to 10 digits"));
		}
		String room = Texts.blankToNull(input.getInboundRoomPattern());
		tooLong(errors, "inboundRoomPattern", "room name pattern", room, PhoneNumberCommand.ROOM_PATTERN_MAX);
		NumberBindings bindings = bindings(input.getInboundAgents(), input.getOutboundAgents(),
				input.isSupportsInbound(), input.isSupportsOutbound(), context, errors);
		if (!errors.isEmpty()) {
			return new NumberCheck(number, null, errors);
		}
		String shown = (name != null) ? name : number.international();
		return new NumberCheck(number,
				new NumberDraft(number, shown, shown.toLowerCase(Locale.ROOT), description, input.isActive(),
						input.getProvider(), (input.getProvider() == Provider.SIP) ? input.getSipTrunkId() : null,
						(input.getProvider() == Provider.TWILIO) ? input.getTwilioIntegrationId() : null,
						input.isSupportsInbound(), input.isSupportsOutbound(), webhook,
						CountryList.toColumn(inboundCountries), CountryList.toColumn(outboundCountries), fallback,
						testCall, pin, room, bindings),
				List.of());
	}

	/**
	 * The carrier rule: a provider, and the one trunk or integration it needs, of the
	 * organization. Errors are at {@code provider}, {@code sipTrunkId} or
	 * {@code twilioIntegrationId}.
	 */
	public static List<FieldError> carrier(Provider provider, Long sipTrunkId, Long twilioIntegrationId,
			NumberContext context) {
		if (provider == null) {
			return List.of(new FieldError("provider", NumberErrors.PROVIDER_REQUIRED, "Choose a provider"));
		}
		if (provider == Provider.SIP) {
			if (sipTrunkId == null) {
				return List.of(new FieldError("sipTrunkId", NumberErrors.TRUNK_REQUIRED,
						"Choose the SIP trunk that carries this number"));
			}
			return context.trunks().containsKey(sipTrunkId) ? List.of()
					: List.of(new FieldError("sipTrunkId", NumberErrors.TRUNK_NOT_FOUND, "Trunk not found"));
		}
		if (twilioIntegrationId == null) {
			return List.of(new FieldError("twilioIntegrationId", NumberErrors.INTEGRATION_REQUIRED,
					"Choose the Twilio integration of this number"));
		}
		return context.integrations().containsKey(twilioIntegrationId) ? List.of()
				: List.of(new FieldError("twilioIntegrationId", NumberErrors.INTEGRATION_NOT_FOUND,
						"Twilio integration not found"));
	}

	/**
	 * The agent lists of both directions; adds at most one error per direction, at
	 * {@code inbound} or {@code outbound}.
	 */
	public static NumberBindings bindings(List<BindingLine> inbound, List<BindingLine> outbound, boolean takesInbound,
			boolean takesOutbound, NumberContext context, List<FieldError> errors) {
		return new NumberBindings(
				BindingRules.check(Direction.INBOUND, inbound, takesInbound, context.agents(), errors),
				BindingRules.check(Direction.OUTBOUND, outbound, takesOutbound, context.agents(), errors));
	}

	/**
	 * The number rule alone, for a view that checks what was typed before the rest: adds
	 * its error, at {@code number}, to {@code errors}.
	 * @return the normalized number, {@code null} when it is not one
	 */
	public static NormalizedNumber number(String input, boolean pseudo, String region, List<FieldError> errors) {
		try {
			return pseudo ? NumberNormalizer.pseudo(input) : NumberNormalizer.normalize(input, region);
		}
		catch (InvalidNumberException ex) {
			errors.addAll(ex.getErrors());
			return null;
		}
	}

	private static String e164(String field, String input, String region, List<FieldError> errors) {
		if (Texts.blankToNull(input) == null) {
			return null;
		}
		try {
			return NumberNormalizer.normalize(input, region).e164();
		}
		catch (InvalidNumberException ex) {
			errors.add(new FieldError(field, ex.getCode(), ex.getMessage()));
			return null;
		}
	}

	private static String webhook(String input, boolean allowPrivate, List<FieldError> errors) {
		String url = Texts.blankToNull(input);
		if (url == null || tooLong(errors, "inboundWebhookUrl", "URL", url, PhoneNumberCommand.URL_MAX)) {
			return null;
		}
		String problem = webhookProblem(url, allowPrivate);
		if (problem == null) {
			return url;
		}
		String code = problem.startsWith("Remove") ? NumberErrors.WEBHOOK_URL_CREDENTIALS
				: problem.startsWith("The host is") ? NumberErrors.WEBHOOK_URL_PRIVATE
						: NumberErrors.WEBHOOK_URL_INVALID;
		errors.add(new FieldError("inboundWebhookUrl", code, problem));
		return null;
	}

	// the reason the URL cannot be used, or null
	private static String webhookProblem(String url, boolean allowPrivate) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return "Not a valid URL";
		}
		if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null) {
			return "Use an https:// URL";
		}
		if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
			return "Remove the user name and password from the URL: the webhook is called without them";
		}
		String host = uri.getHost();
		PublicAddresses.Scope scope = PublicAddresses.of((host != null) ? host : hostOf(uri.getRawAuthority()));
		if (scope == PublicAddresses.Scope.INVALID_IP || host == null) {
			return "Not a valid host name or IP address";
		}
		if (!scope.isPublic() && !allowPrivate) {
			return "The host is " + scope.description() + "; a webhook must be reachable on the internet";
		}
		return null;
	}

	private static String hostOf(String authority) {
		int colon = authority.lastIndexOf(':');
		return (colon > 0 && !authority.endsWith("]")) ? authority.substring(0, colon) : authority;
	}

	private static Set<String> countries(String field, Collection<String> codes, List<FieldError> errors) {
		Set<String> result = new TreeSet<>();
		for (String code : (codes == null) ? Set.<String>of() : codes) {
			String upper = (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
			if (!CountryList.isCode(upper)) {
				errors.add(new FieldError(field, NumberErrors.COUNTRY_UNKNOWN, "Unknown country code: " + code));
				return Set.of();
			}
			result.add(upper);
		}
		return result;
	}

	private static boolean tooLong(List<FieldError> errors, String field, String label, String value, int max) {
		if (value == null || value.length() <= max) {
			return false;
		}
		errors.add(new FieldError(field, NumberErrors.TOO_LONG,
				"The " + label + " is longer than " + max + " characters"));
		return true;
	}

}
