package io.trunkline.security.crypto;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretContextTest {

	@Test
	void associated_data_names_table_organization_and_row() {
		byte[] associatedData = new SecretContext("sip_trunk", 7, 100).associatedData();
		assertThat(new String(associatedData, StandardCharsets.UTF_8)).isEqualTo("trunkline/v1/sip_trunk/7/100");
	}

	@Test
	void row_without_an_id_cannot_hold_a_secret() {
		assertThatThrownBy(() -> new SecretContext("sip_trunk", 7, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SecretContext("sip_trunk", 0, 100)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void table_name_cannot_contain_a_separator() {
		assertThatThrownBy(() -> new SecretContext("sip_trunk/7", 7, 100)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SecretContext("", 7, 100)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SecretContext(null, 7, 100)).isInstanceOf(IllegalArgumentException.class);
	}

}
