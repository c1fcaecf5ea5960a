package io.trunkline.trunk.health;

import java.net.InetAddress;
import java.net.UnknownHostException;

import javax.sip.address.SipURI;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

import gov.nist.javax.sip.ClientTransactionExt;
import gov.nist.javax.sip.TlsSecurityPolicy;

/**
 * The TLS stack's policy ({@code gov.nist.javax.sip.TLS_SECURITY_POLICY}), called once a
 * new connection's handshake passed: the request must be for the host the connection was
 * verified for (the certificate's host name is checked in the handshake, by the JDK). The
 * JAIN-SIP default accepts everything.
 */
public final class HostVerifiedTlsPolicy implements TlsSecurityPolicy {

	@Override
	public void enforceTlsPolicy(ClientTransactionExt transaction) {
		if (transaction == null) {
			throw new SecurityException("TLS: a connection without a request is not used");
		}
		Request request = transaction.getRequest();
		SipURI destination = (SipURI) request.getRequestURI();
		String host = ((SipURI) ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI()).getHost();
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		SipTls tls = SipTls.forStack(transaction.getSipProvider().getSipStack().getStackName());
		String verified;
		try {
			verified = tls.hostFor(InetAddress.getByName(destination.getHost().replace("[", "").replace("]", "")),
					destination.getPort());
		}
		catch (UnknownHostException ex) {
			throw new SecurityException("TLS: the request's address is not an address");
		}
		if (!verified.equalsIgnoreCase(bare)) {
			throw new SecurityException("TLS: the server's certificate does not match host " + bare);
		}
	}

}
