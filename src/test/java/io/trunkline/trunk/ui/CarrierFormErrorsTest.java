package io.trunkline.trunk.ui;

import java.util.List;

import io.trunkline.KaribuTest;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class CarrierFormErrorsTest extends KaribuTest {

	@Test
	void every_error_of_the_service_shows_at_once_and_those_without_a_field_in_a_notification() {
		TrunkForm form = new TrunkForm();

		form.showError(new FieldException(List.of(new FieldError("name", "name_taken", "Another trunk has this name"),
				new FieldError("terminationUri", "uri_invalid", "Remove the spaces"),
				new FieldError("", "something_else", "Something without a field"))));

		assertThat(form.name.isInvalid()).isTrue();
		assertThat(form.name.getErrorMessage()).isEqualTo("Another trunk has this name");
		assertThat(form.terminationUri.isInvalid()).isTrue();
		assertThat(form.terminationUri.getErrorMessage()).isEqualTo("Remove the spaces");
		assertThat(getNotifications()).extracting((n) -> n.getElement().getProperty("text"))
			.containsExactly("Something without a field");
	}

}
