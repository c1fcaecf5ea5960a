package io.trunkline.phonenumber;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@TrunklineTest
class PhoneNumberExportTest {

	@Autowired
	private PhoneNumberExport export;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void exports_the_filtered_numbers_with_formula_like_text_neutralized() throws Exception {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "=cmd|' /C calc'!A0", "pw");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand e164 = NumberFixtures.command(trunk, "+1 415 555 0701");
		e164.setDisplayName("@SUM(1+1)");
		this.numbers.create(e164);
		PhoneNumberCommand pseudo = NumberFixtures.command(trunk, "-1+2");
		pseudo.setPseudo(true);
		this.numbers.create(pseudo);
		this.numbers.create(NumberFixtures.command(trunk, "+44 20 7946 0958"));

		List<CSVRecord> rows = read(new NumberFilter(null, "US", null, null));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("number")).isEqualTo("+14155550701");
		assertThat(rows.get(0).get("display_name")).isEqualTo("'@SUM(1+1)");
		assertThat(rows.get(0).get("carrier")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(read(NumberFilter.NONE)).extracting((row) -> row.get("number"))
			.containsExactlyInAnyOrder("+14155550701", "+442079460958", "'-1+2");
	}

	@Test
	void export_holds_only_the_callers_organization() throws Exception {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		this.fixtures.number(a, this.fixtures.trunk(a, "A", "pw"), "+1 415 555 0711");
		this.fixtures.number(b, this.fixtures.trunk(b, "B", "pw"), "+1 415 555 0712");
		this.accounts.signIn(a.adminEmail());
		assertThat(read(NumberFilter.NONE)).extracting((row) -> row.get("number")).containsExactly("+14155550711");
	}

	private List<CSVRecord> read(NumberFilter filter) throws Exception {
		StringWriter out = new StringWriter();
		this.export.write(filter, out);
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString()))
			.getRecords();
	}

}
