package io.trunkline.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import io.trunkline.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

	@Test
	void failed_sign_in_shows_one_generic_message() {
		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(i18n(form)).contains(LoginView.FAILED_MESSAGE)
			.doesNotContainIgnoringCase("unknown")
			.doesNotContainIgnoringCase("exist");
	}

	@Test
	void plain_sign_in_page_shows_no_error() {
		UI.getCurrent().navigate("login");
		assertThat(_get(LoginForm.class).isError()).isFalse();
		assertThat(i18n(_get(LoginForm.class))).contains("\"username\":\"Email\"");
	}

	private static String i18n(LoginForm form) {
		return String.valueOf(form.getElement().getPropertyRaw("i18n"));
	}

}
