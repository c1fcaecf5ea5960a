package io.trunkline.trunk.health;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;

/**
 * The TLS stack's sockets ({@code gov.nist.javax.sip.NETWORK_LAYER}): TLS connections
 * come from {@link SipTls}, with the trust store and the host name check. JAIN-SIP
 * creates it by name, then hands it its stack.
 */
public final class TlsNetworkLayer implements NetworkLayer {

	private SipTls tls;

	@Override
	public void setSipStack(SipStackImpl stack) {
		this.tls = SipTls.forStack(stack.getStackName());
	}

	@Override
	public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
		return new ServerSocket(port, backlog, bindAddress);
	}

	@Override
	public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
		return (SSLServerSocket) this.tls.context()
			.getServerSocketFactory()
			.createServerSocket(port, backlog, bindAddress);
	}

	@Override
	public Socket createSocket(InetAddress address, int port) throws IOException {
		return new Socket(address, port);
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress myAddress) throws IOException {
		return (myAddress != null) ? new Socket(address, port, myAddress, 0) : new Socket(address, port);
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress myAddress, int myPort) throws IOException {
		return new Socket(address, port, myAddress, myPort);
	}

	@Override
	public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
		return this.tls.connect(address, port, null);
	}

	@Override
	public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress myAddress) throws IOException {
		return this.tls.connect(address, port, myAddress);
	}

	@Override
	public DatagramSocket createDatagramSocket() throws SocketException {
		return new DatagramSocket();
	}

	@Override
	public DatagramSocket createDatagramSocket(int port, InetAddress laddr) throws SocketException {
		return new DatagramSocket(port, laddr);
	}

}
