package cn.yrd.academy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.guacamole.io.GuacamoleReader;
import org.apache.guacamole.io.GuacamoleWriter;
import org.apache.guacamole.net.GuacamoleSocket;
import org.apache.guacamole.protocol.GuacamoleInstruction;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * An observer's input stops in the tunnel: only what keeps a read-only view going reaches guacd, whatever
 * guacd itself would do with the rest. A student's tunnel forwards everything.
 */
class ObserverInputTests {

	private static final String INPUT = GuacamoleInstructions.encode("key", "65", "1")
			+ GuacamoleInstructions.encode("mouse", "10", "20", "1")
			+ GuacamoleInstructions.encode("clipboard", "0", "text/plain")
			+ GuacamoleInstructions.encode("size", "0", "1920", "1080")
			+ GuacamoleInstructions.encode("touch", "0", "5", "5", "1", "1", "0", "1")
			+ GuacamoleInstructions.encode("blob", "0", "aGk=")
			+ GuacamoleInstructions.encode("sync", "1234")
			+ GuacamoleInstructions.encode("nop");

	@Test
	void onlySyncNopAckAndDisconnectPass() {
		assertThat(List.of("sync", "nop", "ack", "disconnect")).allMatch(ObserverInput::forwards);
		assertThat(List.of("key", "mouse", "touch", "clipboard", "size", "blob", "end", "file", "pipe", "argv",
				"put", "get", "audio", "select", "connect")).noneMatch(ObserverInput::forwards);
	}

	@Test
	void anObserversKeysMouseAndClipboardNeverReachGuacd() throws Exception {
		RecordingSocket guacd = new RecordingSocket();
		WebSocketSession browser = browserWith(new LiveTunnel(mock(WebSocketSession.class), guacd,
				new ObserveGrant(7, 42), 42, null));

		handler().handleTextMessage(browser, new TextMessage(INPUT));

		assertThat(guacd.written()).isEqualTo(GuacamoleInstructions.encode("sync", "1234")
				+ GuacamoleInstructions.encode("nop"));
	}

	@Test
	void aStudentsInputIsForwardedAsSent() throws Exception {
		RecordingSocket guacd = new RecordingSocket();
		WebSocketSession browser = browserWith(new LiveTunnel(mock(WebSocketSession.class), guacd,
				new ConnectGrant(7, 1, 2), 42, null));

		handler().handleTextMessage(browser, new TextMessage(INPUT));

		assertThat(guacd.written()).isEqualTo(INPUT);
	}

	private static GuacamoleTunnelHandler handler() {
		RemoteProperties properties = new RemoteProperties(new RemoteProperties.Guacd("127.0.0.1", 4822), List.of(),
				java.time.Duration.ofSeconds(60), 16384, java.nio.file.Path.of("data/recordings"),
				java.time.Duration.ofDays(180));
		return new GuacamoleTunnelHandler(null, null, null, null, properties, null);
	}

	private static WebSocketSession browserWith(LiveTunnel tunnel) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(GuacamoleTunnelHandler.TUNNEL, tunnel);
		WebSocketSession browser = mock(WebSocketSession.class);
		when(browser.getAttributes()).thenReturn(attributes);
		return browser;
	}

	/** guacd's side of the tunnel: keeps what is written to it. */
	private static final class RecordingSocket implements GuacamoleSocket {

		private final List<String> writes = new ArrayList<>();

		String written() {
			return String.join("", writes);
		}

		@Override
		public GuacamoleReader getReader() {
			throw new UnsupportedOperationException();
		}

		@Override
		public GuacamoleWriter getWriter() {
			return new GuacamoleWriter() {

				@Override
				public void write(char[] chunk, int offset, int length) {
					writes.add(new String(chunk, offset, length));
				}

				@Override
				public void write(char[] chunk) {
					writes.add(new String(chunk));
				}

				@Override
				public void writeInstruction(GuacamoleInstruction instruction) {
					writes.add(instruction.toString());
				}

			};
		}

		@Override
		public void close() {
		}

		@Override
		public boolean isOpen() {
			return true;
		}

	}

}
