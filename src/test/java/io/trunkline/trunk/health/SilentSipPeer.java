package io.trunkline.trunk.health;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SIP peer on loopback UDP that never answers and counts the requests it got, by
 * Call-ID (a retransmission is the same request): shows how often a trunk was checked,
 * without sipp.
 */
final class SilentSipPeer implements AutoCloseable {

	private static final Pattern CALL_ID = Pattern.compile("(?im)^(?:Call-ID|i)\\s*:\\s*(\\S+)");

	private final DatagramSocket socket;

	private final Set<String> requests = ConcurrentHashMap.newKeySet();

	SilentSipPeer() throws SocketException {
		this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::receive);
	}

	private void receive() {
		byte[] buffer = new byte[65536];
		while (!this.socket.isClosed()) {
			DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
			try {
				this.socket.receive(packet);
			}
			catch (IOException ex) {
				return;
			}
			Matcher callId = CALL_ID
				.matcher(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
			if (callId.find()) {
				this.requests.add(callId.group(1));
			}
		}
	}

	String uri() {
		return "sip:127.0.0.1:" + this.socket.getLocalPort();
	}

	/** How many requests (not retransmissions) it got. */
	int requests() {
		return this.requests.size();
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
