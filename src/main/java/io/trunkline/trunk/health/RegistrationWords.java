package io.trunkline.trunk.health;

/** What a registrar's refusal means, in plain words. */
final class RegistrationWords {

	private RegistrationWords() {
	}

	static String refusal(int code, boolean afterCredentials) {
		return switch (code) {
			case 401, 407 -> afterCredentials ? "The registrar did not accept the username and password"
					: "The registrar asks for credentials, and the trunk has no username and password";
			case 403 -> "The registrar refused the registration: the username or password is wrong,"
					+ " or this account may not register";
			case 404 -> "The registrar does not know this user: check the auth username and the host";
			case 408 -> "The registrar did not answer in time";
			case 480, 503 -> "The registrar is not available at the moment";
			default -> (code >= 300 && code < 400) ? "The registrar redirects elsewhere; redirects are not followed"
					: (code >= 500) ? "The registrar had an error" : "The registrar refused the registration";
		};
	}

}
