package io.trunkline.api;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trunk password and an API key's secret, sent in every way a client might, appear in
 * no answer, no log line, no audit entry, no stored replay and not in the OpenAPI
 * document.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ApiSecretsIT {

	private static final String PASSWORD = "marker-trunk-password-7Qx";

	private static final String NEW_PASSWORD = "marker-new-password-9Zk";

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private ApiTestKeys keys;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void no_password_and_no_key_secret_leaves_the_server(CapturedOutput output) {
		CreatedApiKey key = this.keys.create(this.accounts.newOrganization(), Role.ADMIN);
		String secret = key.key().substring(key.summary().prefix().length() + 1);
		ApiClient admin = new ApiClient(this.port, key.key());
		HttpResponse<String> created = admin.post("/api/v1/sip-trunks", SipTrunkApiIT.NEW_TRUNK,
				"Idempotency-Key: " + UUID.randomUUID());
		long id = ApiClient.json(created).get("id").asLong();
		long version = ApiClient.json(created).get("version").asLong();
		admin.patch("/api/v1/sip-trunks/" + id,
				"{\"auth_password\": \"" + NEW_PASSWORD + "\", \"version\": " + version + "}");
		admin.get("/api/v1/sip-trunks");
		admin.get("/api/v1/sip-trunks/" + id);
		admin.post("/api/v1/sip-trunks", "{\"auth_password\": \"" + PASSWORD + "\", \"unknown\": 1}");
		admin.post("/api/v1/sip-trunks", "{\"name\": \"\", \"auth_password\": \"" + PASSWORD + "\"}");
		admin.post("/api/v1/sip-trunks", "{\"auth_password\": \"" + PASSWORD);
		new ApiClient(this.port, key.key() + "x").get("/api/v1/sip-trunks");
		new ApiClient(this.port, key.summary().prefix() + "_" + secret.substring(1) + "Q").get("/api/v1/sip-trunks");
		new ApiClient(this.port, null).get("/api/v1/sip-trunks", "X-API-Key: " + key.key());
		String document = admin.anonymous().get("/v3/api-docs").body();

		String everywhere = ApiClient.allAnswers() + "\n" + output.getAll() + "\n" + document + "\n"
				+ String.join("\n", this.jdbc.queryForList("select changes from audit_entry", String.class))
				+ String.join("\n", this.jdbc.queryForList("select user_email from audit_entry", String.class))
				+ String.join("\n", this.jdbc.queryForList("select body from idempotency_record", String.class));
		assertThat(everywhere).contains("auth_password_set")
			.doesNotContain(PASSWORD)
			.doesNotContain(NEW_PASSWORD)
			.doesNotContain(secret)
			.doesNotContain(secret.substring(1));
	}

}
