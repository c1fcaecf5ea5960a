package io.trunkline.security.ui;

import java.time.Duration;

import io.trunkline.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idle-session filter tells heartbeats from the query string alone: asking for a
 * parameter would make the container parse the body (an upload) before its servlet.
 */
class IdleSessionsTest {

	private final TestClock clock = new TestClock();

	private final IdleSessions filter = new IdleSessions(this.clock);

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void a_heartbeat_is_no_activity_and_its_body_is_not_read() throws Exception {
		this.session.setAttribute(IdleSessions.LAST_ACTIVITY, this.clock.millis());
		long before = this.clock.millis();
		this.clock.advance(Duration.ofMinutes(5));

		this.filter.doFilter(post("v-r=heartbeat&v-uiId=0"), new MockHttpServletResponse(), new MockFilterChain());

		assertThat(this.session.getAttribute(IdleSessions.LAST_ACTIVITY)).isEqualTo(before);
	}

	@Test
	void any_other_request_is_activity_and_its_body_is_not_read_either() throws Exception {
		long start = this.clock.millis();
		this.session.setAttribute(IdleSessions.LAST_ACTIVITY, start);
		this.clock.advance(Duration.ofMinutes(5));

		this.filter.doFilter(post("v-r=uidl&v-uiId=0"), new MockHttpServletResponse(), new MockFilterChain());
		assertThat((long) this.session.getAttribute(IdleSessions.LAST_ACTIVITY))
			.isGreaterThanOrEqualTo(start + 300_000);

		this.clock.advance(Duration.ofMinutes(5));
		this.filter.doFilter(post(null), new MockHttpServletResponse(), new MockFilterChain());
		assertThat((long) this.session.getAttribute(IdleSessions.LAST_ACTIVITY))
			.isGreaterThanOrEqualTo(start + 600_000);
	}

	/** A POST whose parameters, like an over-sized upload's, cannot be read. */
	private MockHttpServletRequest post(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/") {

			@Override
			public String getParameter(String name) {
				throw new IllegalStateException("the body was parsed");
			}

		};
		request.setQueryString(query);
		request.setSession(this.session);
		return request;
	}

}
