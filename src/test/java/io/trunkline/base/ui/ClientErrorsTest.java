package io.trunkline.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures count as a client's invalid message (one WARN line per request) and
 * which keep Flow's default handling (a stack trace): the ones through this application's
 * code, and the ones outside Flow's handling of client messages.
 */
class ClientErrorsTest {

	private static final String RPC = "com.vaadin.flow.server.communication.ServerRpcHandler";

	@Test
	void a_failure_inside_flows_handling_of_the_message_is_the_clients() {
		assertThat(ClientErrors.fromClientMessage(
				failure("com.vaadin.flow.server.communication.rpc.MapSyncRpcHandler", RPC, "org.apache.Catalina")))
			.isTrue();
	}

	@Test
	void a_failure_through_this_applications_code_is_a_bug_and_keeps_its_stack_trace() {
		assertThat(ClientErrors.fromClientMessage(failure("io.trunkline.phonenumber.ui.PhoneNumberForm",
				"com.vaadin.flow.component.ComponentEventBus", RPC)))
			.isFalse();
		IllegalStateException wrapped = failure("com.vaadin.flow.server.communication.rpc.EventRpcHandler", RPC);
		wrapped.initCause(failure("io.trunkline.agent.AgentService", RPC));
		assertThat(ClientErrors.fromClientMessage(wrapped)).isFalse();
	}

	@Test
	void a_failure_outside_the_handling_of_client_messages_keeps_its_stack_trace() {
		assertThat(ClientErrors.fromClientMessage(failure("com.vaadin.flow.server.communication.UidlWriter")))
			.isFalse();
	}

	private static IllegalStateException failure(String... classes) {
		IllegalStateException failure = new IllegalStateException("failed");
		StackTraceElement[] frames = new StackTraceElement[classes.length];
		for (int i = 0; i < classes.length; i++) {
			frames[i] = new StackTraceElement(classes[i], "handle", null, -1);
		}
		failure.setStackTrace(frames);
		return failure;
	}

}
