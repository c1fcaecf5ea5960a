package io.trunkline.phonenumber;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class NumberCheckerTest {

	private static final TrunkSummary TRUNK = new TrunkSummary(7, 0, "Main", "sip:t.example.com", Transport.values()[0],
			"user", true, MediaEncryption.values()[0], false, true, true);

	private static final AgentSummary AVA = new AgentSummary(1, 0, "Ava", "", "agt_ava", 2, Map.of());

	private static final NumberContext CONTEXT = NumberContext.of("US", List.of(TRUNK), List.of(), List.of(AVA));

	@Test
	void a_valid_input_becomes_a_draft_named_after_its_international_form() {
		PhoneNumberCommand input = input("(415) 555-2671");
		input.setAllowedInboundCountries(Set.of("us", "CA"));
		input.setInboundAgents(List.of(new BindingLine(AVA.id(), "", 1234)));
		NumberDraft draft = NumberChecker.check(input, CONTEXT).orThrow();
		assertThat(draft.number().e164()).isEqualTo("+14155552671");
		assertThat(draft.displayName()).isEqualTo("+1 415-555-2671");
		assertThat(draft.searchName()).isEqualTo("+1 415-555-2671");
		assertThat(draft.allowedInboundCountries()).isEqualTo("CA,US");
		assertThat(draft.allowedOutboundCountries()).isNull();
		assertThat(draft.description()).isNull();
		assertThat(draft.active()).isTrue();
		assertThat(draft.supportsInbound()).isTrue();
		assertThat(draft.supportsOutbound()).isTrue();
		assertThat(draft.bindings().inbound()).containsExactly(new BindingLine(AVA.id(), "latest", 10_000));
	}

	@Test
	void every_broken_rule_is_reported_at_once_with_its_code() {
		PhoneNumberCommand input = input("+1 415 555 2671");
		input.setDisplayName("x".repeat(PhoneNumberCommand.NAME_MAX + 1));
		input.setSipTrunkId(99L);
		input.setInboundWebhookUrl("http://example.com/hook");
		input.setAllowedOutboundCountries(Set.of("XX"));
		input.setFallbackNumber("(415) 555-2671");
		input.setInboundPin("12");
		input.setSupportsOutbound(false);
		input.setInboundAgents(List.of(new BindingLine(AVA.id(), "latest", 6000), new BindingLine(2, "latest", 4000)));
		input.setOutboundAgents(List.of(new BindingLine(AVA.id(), "latest", 10_000)));
		NumberCheck check = NumberChecker.check(input, CONTEXT);
		assertThat(check.draft()).isNull();
		assertThat(check.normalized().e164()).isEqualTo("+14155552671");
		assertThat(check.errors()).extracting(FieldError::field, FieldError::code)
			.containsExactly(tuple("displayName", "too_long"), tuple("sipTrunkId", "sip_trunk_not_found"),
					tuple("inboundWebhookUrl", "webhook_url_invalid"),
					tuple("allowedOutboundCountries", "country_unknown"), tuple("fallbackNumber", "fallback_is_self"),
					tuple("inboundPin", "pin_invalid"), tuple("inbound", "agent_not_found"),
					tuple("outbound", "direction_not_taken"));
		assertThatThrownBy(check::orThrow).isInstanceOfSatisfying(FieldException.class,
				(ex) -> assertThat(ex.getErrors()).hasSize(8));
	}

	@Test
	void an_invalid_number_does_not_hide_the_other_errors() {
		PhoneNumberCommand input = input("call me");
		input.setProvider(Provider.TWILIO);
		input.setTestCallDestination("12");
		NumberCheck check = NumberChecker.check(input, CONTEXT);
		assertThat(check.normalized()).isNull();
		assertThat(check.errors()).extracting(FieldError::field, FieldError::code, FieldError::message)
			.containsExactly(tuple("number", "number_invalid", "Not a phone number"),
					tuple("twilioIntegrationId", "twilio_integration_required",
							"Choose the Twilio integration of this number"),
					tuple("testCallDestination", "number_invalid", "Too short"));
	}

	@Test
	void only_the_chosen_providers_carrier_is_kept() {
		PhoneNumberCommand input = input("+1 415 555 2671");
		input.setTwilioIntegrationId(5L);
		NumberDraft draft = NumberChecker.check(input, CONTEXT).orThrow();
		assertThat(draft.sipTrunkId()).isEqualTo(TRUNK.id());
		assertThat(draft.twilioIntegrationId()).isNull();
	}

	private static PhoneNumberCommand input(String number) {
		PhoneNumberCommand input = new PhoneNumberCommand();
		input.setNumber(number);
		input.setProvider(Provider.SIP);
		input.setSipTrunkId(TRUNK.id());
		return input;
	}

}
