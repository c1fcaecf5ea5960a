package io.trunkline.trunk.health;

import java.time.Instant;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;

import javax.sip.ClientTransaction;
import javax.sip.SipException;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Response;

import gov.nist.javax.sip.clientauthutils.UserCredentialHash;
import io.trunkline.trunk.TrunkPasswords;

import org.springframework.stereotype.Component;

/**
 * Checks a trunk's registration with a query-only REGISTER (no Contact, RFC 3261
 * §10.2.3): the registrar authenticates it like a real one but adds, replaces and removes
 * no binding, so the customer's own equipment keeps its inbound calls. A digest challenge
 * is answered once, with the HA1 of the stored password (the password stays in the crypto
 * package); a second challenge is a failure, never another retry. Runs on the checking
 * thread, as the trunk's organization's system job.
 */
@Component
class SipRegistrar {

	private final SipEndpoints endpoints;

	private final TrunkPasswords passwords;

	SipRegistrar(SipEndpoints endpoints, TrunkPasswords passwords) {
		this.endpoints = endpoints;
		this.passwords = passwords;
	}

	RegistrationResult check(TrunkTarget trunk) {
		if (!trunk.registration()) {
			return RegistrationResult.DISABLED;
		}
		if (trunk.username() == null) {
			return RegistrationResult.failed(null, "No auth username", "Set the trunk's auth username and password");
		}
		SipTarget target;
		try {
			target = this.endpoints.target(trunk.terminationUri(), trunk.transport());
		}
		catch (SipTargetRefusedException ex) {
			return RegistrationResult.failed(null, ex.getMessage(), "The registrar's address was not used");
		}
		SipEndpoint endpoint = this.endpoints.endpoint(trunk.transport());
		if (endpoint == null) {
			return RegistrationResult.failed(null, "This server's SIP stack did not start", "Not checked");
		}
		return endpoint.session(target, () -> exchange(endpoint, target, trunk));
	}

	private RegistrationResult exchange(SipEndpoint endpoint, SipTarget target, TrunkTarget trunk) {
		SipExchange first;
		try {
			first = send(endpoint, endpoint.requests().registerQuery(target, trunk.username()), null, target);
		}
		catch (java.text.ParseException | javax.sip.InvalidArgumentException ex) {
			return RegistrationResult.failed(null, "The REGISTER could not be built", "Check the auth username");
		}
		if (!first.isAnswered()) {
			return unanswered(first);
		}
		int code = first.response().getStatusCode();
		if (code != Response.UNAUTHORIZED && code != Response.PROXY_AUTHENTICATION_REQUIRED) {
			return result(first.response(), false);
		}
		String algorithm = algorithm(first.response());
		if (algorithm != null && !algorithm.equalsIgnoreCase("MD5")) {
			return RegistrationResult.failed(code, first.response().getReasonPhrase(),
					"The registrar asks for digest algorithm " + algorithm + "; only MD5 is supported");
		}
		ClientTransaction retry;
		try {
			retry = endpoint.answer(first, (transaction, realm) -> credentials(trunk, realm));
		}
		catch (SipException | RuntimeException ex) {
			return RegistrationResult.failed(code, first.response().getReasonPhrase(),
					"The trunk has no password, or its stored password cannot be read");
		}
		SipExchange second = send(endpoint, null, retry, target);
		return second.isAnswered() ? result(second.response(), true) : unanswered(second);
	}

	private SipExchange send(SipEndpoint endpoint, javax.sip.message.Request request, ClientTransaction transaction,
			SipTarget target) {
		String notSent = this.endpoints.awaitSendSlot(target.transport());
		if (notSent != null) {
			return SipExchange.failed(notSent);
		}
		return this.endpoints.await(endpoint,
				(request != null) ? endpoint.send(request, target) : endpoint.send(transaction, target),
				target.transport());
	}

	private UserCredentialHash credentials(TrunkTarget trunk, String realm) {
		Optional<String> ha1 = this.passwords.digestHa1(trunk.trunkId(), realm);
		if (ha1.isEmpty()) {
			return null;
		}
		return new UserCredentialHash() {
			@Override
			public String getUserName() {
				return trunk.username();
			}

			@Override
			public String getSipDomain() {
				return realm;
			}

			@Override
			public String getHashUserDomainPassword() {
				return ha1.get();
			}
		};
	}

	private static String algorithm(Response challenge) {
		WWWAuthenticateHeader header = (WWWAuthenticateHeader) challenge.getHeader(WWWAuthenticateHeader.NAME);
		if (header == null) {
			header = (WWWAuthenticateHeader) challenge.getHeader(javax.sip.header.ProxyAuthenticateHeader.NAME);
		}
		return (header != null && header.getAlgorithm() != null) ? header.getAlgorithm().toUpperCase(Locale.ROOT)
				: null;
	}

	private static RegistrationResult unanswered(SipExchange exchange) {
		return RegistrationResult.failed(null, exchange.failure(), "The registrar could not be reached");
	}

	private static RegistrationResult result(Response response, boolean afterCredentials) {
		int code = response.getStatusCode();
		if (code >= 200 && code < 300) {
			return RegistrationResult.registered(code, response.getReasonPhrase(), expiresAt(response));
		}
		return RegistrationResult.failed(code, response.getReasonPhrase(),
				RegistrationWords.refusal(code, afterCredentials));
	}

	/** When the latest binding listed in a 2xx expires, or {@code null} without one. */
	private static Instant expiresAt(Response response) {
		ExpiresHeader expires = (ExpiresHeader) response.getHeader(ExpiresHeader.NAME);
		int latest = -1;
		ListIterator<?> contacts = response.getHeaders(ContactHeader.NAME);
		while (contacts != null && contacts.hasNext()) {
			ContactHeader contact = (ContactHeader) contacts.next();
			int seconds = (contact.getExpires() >= 0) ? contact.getExpires()
					: (expires != null) ? expires.getExpires() : 3600;
			latest = Math.max(latest, seconds);
		}
		return (latest > 0) ? Instant.now().plusSeconds(latest) : null;
	}

}
