package io.trunkline.base;

import io.trunkline.PostgresTestBase;
import io.trunkline.importer.ImportAwait;
import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportLimits;
import io.trunkline.importer.ImportPlan;
import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportSettings;
import io.trunkline.importer.ImportStatus;
import io.trunkline.importer.PastedList;
import io.trunkline.importer.RowStatus;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static io.trunkline.base.ControlCharactersRefused.NUL;
import static io.trunkline.base.ControlCharactersRefused.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL refuses NUL in text
 * ({@code invalid byte sequence for encoding "UTF8": 0x00}). A NUL through a command, a
 * filter, a sign-in or an import row must meet the {@link PlainText} rule first: a
 * message for the field, no SQL error.
 */
@Import({ TestAccounts.class, NumberFixtures.class })
@ExtendWith(OutputCaptureExtension.class)
class ControlCharactersPostgresIT extends PostgresTestBase {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private ImportService imports;

	@Autowired
	private UserDetailsService userDetails;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_nul_in_a_command_a_filter_a_sign_in_or_an_import_row_never_reaches_the_database(CapturedOutput output) {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		TrunkCommand command = new TrunkCommand();
		command.setName(NUL);
		command.setTerminationUri("sip:nul.example.com");

		at("name", () -> this.trunks.create(command));
		at("text", () -> this.numbers.page(new NumberFilter(NUL, null, null, null), PageRequest.of(0, 10)));
		assertThatThrownBy(() -> this.userDetails.loadUserByUsername("admin\u0000@example.test"))
			.isInstanceOf(UsernameNotFoundException.class);
		ImportPlan plan = this.imports.plan("Pasted\u0000list",
				PastedList.rows("+14155550400\n+1415555\u00000401\n", ImportLimits.DEFAULTS),
				ImportSettings.sipTrunk(trunk.id()));

		assertThat(plan.count(RowStatus.INVALID)).isEqualTo(1);
		assertThat(plan.count(RowStatus.READY)).isEqualTo(1);
		ImportProgress started = this.imports.start(plan, ImportMode.READY_ROWS);
		assertThat(ImportAwait.finished(this.imports, started.batchId()).status()).isEqualTo(ImportStatus.DONE);
		assertThat(this.numbers.count(NumberFilter.NONE)).isEqualTo(1);
		assertThat(this.trunks.list()).extracting(TrunkSummary::name).containsExactly("Main");
		assertThat(output.getAll()).doesNotContain("invalid byte sequence").doesNotContain("0x00");
	}

}
