package cn.yrd.academy.labs.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Tries a TCP connection to a machine's host and port and closes it at once. Opening the connection is all
 * it does: whether VNC, RDP or SSH answers behind it is the remote session's business.
 */
@Component
class TcpProbe {

	private final Clock clock;

	TcpProbe(Clock clock) {
		this.clock = clock;
	}

	HealthCheck check(String host, int port, Duration timeout) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			return HealthCheck.answered(clock.instant());
		}
		catch (UnknownHostException ex) {
			return HealthCheck.failed(clock.instant(), "unknown host " + host);
		}
		catch (SocketTimeoutException ex) {
			return HealthCheck.failed(clock.instant(), "no answer within " + timeout.toMillis() + " ms");
		}
		catch (IOException | IllegalArgumentException ex) {
			return HealthCheck.failed(clock.instant(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
