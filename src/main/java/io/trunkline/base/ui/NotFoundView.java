package io.trunkline.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person sees at an address with no page, or with a page their role may
 * not open (in production both look the same, so that the address tells nothing): the
 * console's shell with its menu, and a way home, instead of a bare line of text.
 */
@PageTitle("Page not found")
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

	private static final int MAX_SHOWN = 80;

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		add(new H2("Page not found"),
				new Paragraph("There is no page at /" + shortened(event.getLocation().getPath())
						+ ", or your role may not open it. Choose a page from the menu."),
				new RouterLink("Go to the home page", HomeView.class));
		return HttpServletResponse.SC_NOT_FOUND;
	}

	private static String shortened(String path) {
		return (path.length() > MAX_SHOWN) ? path.substring(0, MAX_SHOWN) + "…" : path;
	}

}
