package io.trunkline.phonenumber;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@link NumberImport#insertNew} on H2, the batch insert: the contract of
 * {@link InsertNewCases}.
 */
@TrunklineTest
class InsertNewTest {

	@Autowired
	private NumberImport numberImport;

	@Autowired
	private NumberContexts contexts;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	private InsertNewCases cases;

	@BeforeEach
	void cases() {
		this.cases = new InsertNewCases(this.numberImport, this.contexts, this.accounts, this.fixtures, this.jdbc,
				this.transactions);
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void fresh_numbers_are_stored_with_their_agents_as_the_batch_insert_stores_them() {
		this.cases.fresh_numbers_are_stored_with_their_agents_as_the_batch_insert_stores_them();
	}

	@Test
	void numbers_already_present_are_left_as_they_were_and_the_others_returned_with_their_ids() {
		this.cases.numbers_already_present_are_left_as_they_were_and_the_others_returned_with_their_ids();
	}

	@Test
	void a_number_twice_in_one_chunk_is_stored_once_as_its_first_row_says() {
		this.cases.a_number_twice_in_one_chunk_is_stored_once_as_its_first_row_says();
	}

	@Test
	void a_failure_rolls_back_with_the_callers_transaction() {
		this.cases.a_failure_rolls_back_with_the_callers_transaction();
	}

	@Test
	void another_organizations_number_does_not_conflict() {
		this.cases.another_organizations_number_does_not_conflict();
	}

}
