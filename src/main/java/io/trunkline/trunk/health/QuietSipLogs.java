package io.trunkline.trunk.health;

import java.util.Properties;

import gov.nist.core.ServerLogger;
import gov.nist.core.StackLogger;
import gov.nist.javax.sip.message.SIPMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP's loggers, replaced: its own write whole SIP messages (Authorization headers
 * included) at ERROR and digest hashes at DEBUG. These keep nothing of a message; only
 * the type of an exception reaches the log, at DEBUG.
 */
public final class QuietSipLogs {

	private static final Logger log = LoggerFactory.getLogger(QuietSipLogs.class);

	private QuietSipLogs() {
	}

	/** For {@code gov.nist.javax.sip.STACK_LOGGER}. */
	public static final class Stack implements StackLogger {

		@Override
		public void logStackTrace() {
		}

		@Override
		public void logStackTrace(int traceLevel) {
		}

		@Override
		public int getLineCount() {
			return 0;
		}

		@Override
		public void logException(Throwable ex) {
			log.debug("SIP stack exception: {}", ex.getClass().getName());
		}

		@Override
		public void logDebug(String message) {
		}

		@Override
		public void logDebug(String message, Exception ex) {
		}

		@Override
		public void logTrace(String message) {
		}

		@Override
		public void logFatalError(String message) {
			log.debug("SIP stack fatal error (details withheld)");
		}

		@Override
		public void logError(String message) {
		}

		@Override
		public boolean isLoggingEnabled() {
			return false;
		}

		@Override
		public boolean isLoggingEnabled(int logLevel) {
			return false;
		}

		@Override
		public void logError(String message, Exception ex) {
			logException(ex);
		}

		@Override
		public void logWarning(String message) {
		}

		@Override
		public void logInfo(String message) {
		}

		@Override
		public void disableLogging() {
		}

		@Override
		public void enableLogging() {
		}

		@Override
		public void setBuildTimeStamp(String buildTimeStamp) {
		}

		@Override
		public void setStackProperties(Properties properties) {
		}

		@Override
		public String getLoggerName() {
			return QuietSipLogs.class.getName();
		}

	}

	/** For {@code gov.nist.javax.sip.SERVER_LOGGER}: no message is ever logged. */
	public static final class Server implements ServerLogger {

		@Override
		public void closeLogFile() {
		}

		@Override
		public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
		}

		@Override
		public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
		}

		@Override
		public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
		}

		@Override
		public void logException(Exception ex) {
			log.debug("SIP stack exception: {}", ex.getClass().getName());
		}

		@Override
		public void setStackProperties(Properties properties) {
		}

		@Override
		public void setSipStack(javax.sip.SipStack sipStack) {
		}

	}

}
