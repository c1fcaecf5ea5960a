package io.trunkline.base.ui;

import java.security.Principal;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Invocations in a UIDL request that Flow itself cannot carry out (a node or handler
 * method that does not exist, a malformed message) come from a client that is not
 * Vaadin's own: a forged request. Flow's default handler logs each with its stack trace,
 * so one request could write dozens. Here they are counted per request and logged as one
 * WARN line at its end; the first one's stack trace goes to DEBUG. Failures that pass
 * through this application's code, and every error outside a UIDL request, go on to the
 * handler set before (another one's, or Flow's default).
 */
@Component
class ClientErrors implements VaadinServiceInitListener, VaadinRequestInterceptor {

	private static final Logger log = LoggerFactory.getLogger(ClientErrors.class);

	private static final String FAILURES = ClientErrors.class.getName() + ".failures";

	private static final String APPLICATION_PACKAGE = "io.trunkline.";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource()
			.addSessionInitListener(
					(init) -> init.getSession().setErrorHandler(new Counting(init.getSession().getErrorHandler())));
		event.addVaadinRequestInterceptor(this);
	}

	@Override
	public void requestStart(VaadinRequest request, VaadinResponse response) {
		// Nothing to prepare: failures are counted as they come.
	}

	@Override
	public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
			Exception exception) {
		// Flow reports these to the error handler as well.
	}

	@Override
	public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
		if (request.getAttribute(FAILURES) instanceof Failures failures) {
			request.removeAttribute(FAILURES);
			Principal person = request.getUserPrincipal();
			log.warn("Ignored {} invalid client invocation(s) in one UIDL request by {}; the first: {}", failures.count,
					(person != null) ? person.getName() : "nobody signed in", failures.first);
		}
	}

	private static boolean isUidl(VaadinRequest request) {
		return HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL);
	}

	/**
	 * Failed in Flow's handling of the client's message, before reaching any of this
	 * application's code.
	 */
	static boolean fromClientMessage(Throwable failure) {
		boolean handlingMessage = false;
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			for (StackTraceElement frame : cause.getStackTrace()) {
				if (frame.getClassName().startsWith(APPLICATION_PACKAGE)) {
					return false;
				}
				if (frame.getClassName().equals(ServerRpcHandler.class.getName())) {
					handlingMessage = true;
					break;
				}
			}
		}
		return handlingMessage;
	}

	/** The session's error handler: counts what came from the client's message. */
	private static final class Counting implements ErrorHandler {

		/** The handler set before this one (another feature's, or Flow's default). */
		private final ErrorHandler next;

		Counting(ErrorHandler next) {
			this.next = next;
		}

		@Override
		public void error(ErrorEvent event) {
			VaadinRequest request = VaadinRequest.getCurrent();
			Throwable failure = event.getThrowable();
			if (request == null || !isUidl(request) || !fromClientMessage(failure)) {
				this.next.error(event);
				return;
			}
			if (request.getAttribute(FAILURES) instanceof Failures failures) {
				failures.count++;
			}
			else {
				request.setAttribute(FAILURES, new Failures(failure));
				log.debug("First invalid client invocation of the request", failure);
			}
		}

	}

	/** How many failed, and where the first did (no message: it may quote the client). */
	private static final class Failures {

		final String first;

		int count = 1;

		Failures(Throwable failure) {
			StackTraceElement[] frames = failure.getStackTrace();
			this.first = failure.getClass().getName()
					+ ((frames.length > 0) ? " at " + frames[0].getClassName() + "." + frames[0].getMethodName() : "");
		}

	}

}
