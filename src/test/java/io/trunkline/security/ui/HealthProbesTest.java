package io.trunkline.security.ui;

import io.trunkline.TrunklineTest;
import io.trunkline.security.SignInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a load balancer or an orchestrator sees, without signing in: the health answer and
 * its readiness and liveness probes, with no details; nothing else of the actuator.
 */
@TrunklineTest
class HealthProbesTest {

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = SignInRequests.mockMvc(this.context);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" })
	void the_probes_answer_up_to_anyone_without_details(String path) throws Exception {
		String body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db", "firstStart");
		assertThat(this.mvc.perform(get(path)).andReturn().getRequest().getSession(false)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics",
			"/actuator/configprops", "/actuator/loggers", "/actuator/health/db", "/actuator/health/firstStart",
			"/actuator/heapdump", "/actuator/threaddump", "/actuator/mappings" })
	void nothing_else_of_the_actuator_is_reachable(String path) throws Exception {
		int status = this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
		assertThat(status).as(path).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/readiness" })
	void readiness_is_out_of_service_while_the_instance_refuses_traffic(String path) throws Exception {
		ApplicationContext root = this.context;
		AvailabilityChangeEvent.publish(root, ReadinessState.REFUSING_TRAFFIC);
		try {
			this.mvc.perform(get(path))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string("{\"status\":\"OUT_OF_SERVICE\"}"));
			this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		}
		finally {
			AvailabilityChangeEvent.publish(root, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

}
