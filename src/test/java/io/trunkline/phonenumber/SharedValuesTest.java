package io.trunkline.phonenumber;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedValuesTest {

	@Test
	void a_page_holds_each_repeated_value_once_and_every_row_as_it_was() {
		List<PhoneNumberRow> page = List.of(row(1, "+14155550101"), row(2, "+14155550102"));
		List<PhoneNumberRow> shared = SharedValues.of(page);
		assertThat(shared).isEqualTo(page);
		assertThat(shared.get(1).trunkName()).isSameAs(shared.get(0).trunkName());
		assertThat(shared.get(1).region()).isSameAs(shared.get(0).region());
		assertThat(shared.get(1).inboundAgents()).isSameAs(shared.get(0).inboundAgents());
		assertThat(shared.get(1).sipTrunkId()).isSameAs(shared.get(0).sipTrunkId());
		assertThat(page.get(1).trunkName()).isNotSameAs(page.get(0).trunkName());
	}

	/** Each row with its own copies, as the database answers. */
	private static PhoneNumberRow row(long id, String number) {
		return new PhoneNumberRow(id, number, false, "Front desk", new String("US"), LineType.values()[0], Provider.SIP,
				new String("Main trunk"), null, true, Instant.parse("2026-12-01T10:00:00Z"), null, new String("Ava"),
				new String(""), Long.valueOf(1_000_000L + 7), null);
	}

}
