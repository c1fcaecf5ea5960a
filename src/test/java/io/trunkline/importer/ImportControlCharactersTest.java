package io.trunkline.importer;

import java.nio.charset.StandardCharsets;

import io.trunkline.TrunklineTest;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A pasted line or a CSV cell with a control character is an invalid row with a reason
 * that names the column and the character, not an error; the other rows stay ready.
 */
@TrunklineTest
class ImportControlCharactersTest {

	@Autowired
	private ImportService imports;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_pasted_line_with_a_nul_is_an_invalid_row_with_a_reason() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());

		ImportPlan plan = this.imports.plan("Pasted\u0000list",
				PastedList.rows("+14155550300\n+1415\u00005550301\n", ImportLimits.DEFAULTS),
				ImportSettings.sipTrunk(trunk.id()));

		assertThat(plan.sourceName()).isEqualTo("Pasted?list");
		assertThat(plan.count(RowStatus.READY)).isEqualTo(1);
		ReviewRow invalid = plan.rows(RowStatus.INVALID, 0, 10).get(0);
		assertThat(invalid.line()).isEqualTo(2);
		assertThat(invalid.input()).isEqualTo("+1415?5550301");
		assertThat(invalid.reason())
			.isEqualTo("The number holds a control character: remove the control character U+0000 at position 6");
	}

	@Test
	void a_csv_cell_with_a_control_character_is_an_invalid_row_but_a_description_may_span_lines() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		String csv = "number,name,description\n" + "+14155550310,Desk\u0085One,x\n"
				+ "+14155550311,Desk,\"two\nlines\"\n" + "+14155550312,Desk,be\u0007ll\n";
		CsvSource source = this.imports.readCsv("num\u0000bers.csv", csv.getBytes(StandardCharsets.UTF_8));

		ImportPlan plan = this.imports.plan(source.fileName(), source.rows(source.suggestedMapping()),
				ImportSettings.sipTrunk(trunk.id()));

		assertThat(plan.sourceName()).isEqualTo("num?bers.csv");
		assertThat(plan.rows(RowStatus.READY, 0, 10)).extracting(ReviewRow::input).containsExactly("+14155550311");
		assertThat(plan.rows(RowStatus.INVALID, 0, 10)).extracting(ReviewRow::name, ReviewRow::reason)
			.containsExactly(
					tuple("Desk?One",
							"The name holds a control character: remove the control character U+0085 at position 5"),
					tuple("Desk", "The description holds a control character: "
							+ "remove the control character U+0007 at position 3"));
	}

}
