package io.trunkline;

import java.util.HashSet;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import io.trunkline.base.ui.ColumnChooser;
import com.vaadin.flow.server.VaadinServletRequest;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browserless UI tests: the real Spring context and views, driven as a person would, with
 * no servlet container. {@link #signIn(String)} signs a person in the way the sign-in
 * form would.
 */
@TrunklineTest
public abstract class KaribuTest {

	private static final Routes ROUTES = new Routes().autoDiscoverViews("io.trunkline");

	@Autowired
	private ApplicationContext context;

	@Autowired
	protected TestAccounts accounts;

	@BeforeEach
	void startVaadin() {
		this.accounts.signOut();
		MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, this.context, UI::new));
	}

	@AfterEach
	void stopVaadin() {
		this.accounts.signOut();
		MockVaadin.tearDown();
	}

	/**
	 * Types a value into a field as a person would: the field must be visible, enabled
	 * and editable. (Karibu's own {@code _setValue} does not run against this Vaadin
	 * version.)
	 */
	protected static <V> void type(HasValue<?, V> field, V value) {
		LocatorJ.assertEditableByUser((Component) field);
		field.setValue(value);
	}

	/**
	 * Shows or hides one column through a grid's "Columns" button, as a person would:
	 * click it, then tick or untick the column's checkbox.
	 */
	@SuppressWarnings("unchecked")
	protected static void toggleColumn(ColumnChooser chooser, String header) {
		LocatorJ._click(chooser);
		CheckboxGroup<String> boxes = LocatorJ._get(CheckboxGroup.class, (spec) -> spec.withLabel(ColumnChooser.LABEL));
		assertThat(boxes.getListDataView().getItems()).as("the column checkboxes").contains(header);
		Set<String> chosen = new HashSet<>(boxes.getValue());
		if (!chosen.remove(header)) {
			chosen.add(header);
		}
		type(boxes, chosen);
	}

	/**
	 * Signs the person in and opens the home view, as after a successful sign-in.
	 */
	protected void signIn(String email) {
		Authentication authentication = this.accounts.signIn(email);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((principal, role) -> authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + role)));
		UI.getCurrent().navigate("");
	}

}
