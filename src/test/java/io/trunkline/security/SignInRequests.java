package io.trunkline.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sign-in form's request, as the browser posts it, from a given client address. Tests
 * share one application context, and so its per-address rate limit: each test signs in
 * from addresses of its own ({@link #newAddress()}).
 */
public final class SignInRequests {

	private static final String VAADIN_SERVLET = "springServlet";

	private static final AtomicInteger addresses = new AtomicInteger();

	private SignInRequests() {
	}

	/**
	 * @return an address no other test has used (IPv6 documentation range)
	 */
	public static String newAddress() {
		return "2001:db8::" + Integer.toHexString(addresses.incrementAndGet());
	}

	/**
	 * MockMvc through the real security filter chain. Requests that pass it are forwarded
	 * to Vaadin's servlet, which MockMvc does not have: a stand-in records the forward.
	 */
	public static MockMvc mockMvc(WebApplicationContext context) {
		if (context.getServletContext() instanceof MockServletContext servletContext
				&& servletContext.getNamedDispatcher(VAADIN_SERVLET) == null) {
			servletContext.registerNamedDispatcher(VAADIN_SERVLET, new MockRequestDispatcher(VAADIN_SERVLET));
		}
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	public static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
		return post("/login").param("username", email).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
