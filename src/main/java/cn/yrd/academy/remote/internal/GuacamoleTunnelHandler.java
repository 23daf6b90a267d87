package cn.yrd.academy.remote.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

import cn.yrd.academy.labs.ConnectionDetails;
import cn.yrd.academy.labs.LabMachineConnections;
import org.apache.guacamole.GuacamoleException;
import org.apache.guacamole.protocol.ConfiguredGuacamoleSocket;
import org.apache.guacamole.protocol.GuacamoleClientInformation;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tunnel's WebSocket endpoint, speaking what guacamole-common-js's {@code WebSocketTunnel} expects:
 * subprotocol {@code guacamole}, the tunnel's UUID in an internal instruction first, then guacd's instructions;
 * its internal {@code ping}s are answered here and never reach guacd. Anything from the browser that is not
 * well-formed Guacamole instructions, or too long, closes the tunnel with a policy violation. An observer's
 * token joins the student's live guacd connection read-only, and its input is dropped here
 * ({@link ObserverInput}).
 */
@Component
class GuacamoleTunnelHandler extends TextWebSocketHandler implements SubProtocolCapable {

	static final String SUBPROTOCOL = "guacamole";

	static final String TUNNEL = GuacamoleTunnelHandler.class.getName() + ".tunnel";

	/** Enough for a second of guacd output at a fast pace; a browser that cannot keep up is closed. */
	private static final int SEND_BUFFER = 16 * 1024 * 1024;

	private static final int SEND_TIME_LIMIT_MILLIS = 20_000;

	private final LabMachineConnections machines;

	private final GuacdConnector guacd;

	private final RemoteSessions sessions;

	private final LiveTunnels tunnels;

	private final RemoteProperties properties;

	private final Recordings recordings;

	GuacamoleTunnelHandler(LabMachineConnections machines, GuacdConnector guacd, RemoteSessions sessions,
			LiveTunnels tunnels, RemoteProperties properties, Recordings recordings) {
		this.recordings = recordings;
		this.machines = machines;
		this.guacd = guacd;
		this.sessions = sessions;
		this.tunnels = tunnels;
		this.properties = properties;
	}

	@Override
	public List<String> getSubProtocols() {
		return List.of(SUBPROTOCOL);
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession raw) throws Exception {
		WebSocketSession browser = new ConcurrentWebSocketSessionDecorator(raw, SEND_TIME_LIMIT_MILLIS, SEND_BUFFER);
		TunnelGrant grant = (TunnelGrant) raw.getAttributes().get(TunnelHandshake.GRANT);
		GuacamoleClientInformation client = ScreenRequest.from(raw.getUri()).clientInformation();
		LiveTunnel tunnel = grant instanceof ObserveGrant observe ? observe(browser, observe, client)
				: connect(browser, (ConnectGrant) grant, client);
		if (tunnel == null) {
			return;
		}
		raw.getAttributes().put(TUNNEL, tunnel);
		browser.sendMessage(new TextMessage(GuacamoleInstructions.encode("", UUID.randomUUID().toString())));
		if (tunnel.isReadOnly()) {
			if (!tunnels.addObserver(tunnel)) {
				return;
			}
		}
		else {
			tunnels.add(tunnel);
		}
		tunnel.startPump();
	}

	private LiveTunnel connect(WebSocketSession browser, ConnectGrant grant, GuacamoleClientInformation client)
			throws IOException {
		ConnectionDetails machine = machines.connection(grant.machineId()).orElse(null);
		if (machine == null) {
			sessions.failed(grant, EndReason.MACHINE_UNREACHABLE, "machine gone");
			browser.close(EndReason.MACHINE_UNREACHABLE.closeStatus());
			return null;
		}
		RemoteSession session = sessions.open(grant);
		ConfiguredGuacamoleSocket socket;
		Optional<RecordingFolder.Target> recording = Optional.empty();
		try {
			recording = recordings.target(session.getId(), machine.machineId());
			socket = guacd.connect(machine, client, recording);
		}
		catch (GuacamoleException | RuntimeException ex) {
			// The cause names guacd's address at most, never the machine's secrets; it goes to the log only.
			sessions.discard(session.getId());
			sessions.failed(grant, EndReason.GATEWAY_UNAVAILABLE, ex.toString());
			browser.close(EndReason.GATEWAY_UNAVAILABLE.closeStatus());
			return null;
		}
		sessions.started(session.getId(), grant, socket.getConnectionID(),
				recording.map(RecordingFolder.Target::relativePath).orElse(null));
		return new LiveTunnel(browser, socket, grant, session.getId(), tunnels);
	}

	/** Joins the student's guacd connection read-only: no second connection to the machine is made. */
	private LiveTunnel observe(WebSocketSession browser, ObserveGrant grant, GuacamoleClientInformation client)
			throws IOException {
		RemoteSession session = sessions.find(grant.sessionId()).filter(RemoteSession::isLive).orElse(null);
		if (session == null) {
			browser.close(EndReason.SESSION_ENDED.closeStatus());
			return null;
		}
		ConfiguredGuacamoleSocket socket;
		try {
			socket = guacd.join(session.getConnectionId(), client);
		}
		catch (GuacamoleException | RuntimeException ex) {
			browser.close(EndReason.GATEWAY_UNAVAILABLE.closeStatus());
			return null;
		}
		sessions.observerJoined(grant, session);
		return new LiveTunnel(browser, socket, grant, session.getId(), tunnels.observerListener());
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
		LiveTunnel tunnel = (LiveTunnel) session.getAttributes().get(TUNNEL);
		if (tunnel == null || tunnel.isEnded()) {
			return;
		}
		String text = message.getPayload();
		List<GuacamoleInstructions.Instruction> instructions = text.length() > properties.maxMessageLength() ? null
				: GuacamoleInstructions.parse(text, String::isEmpty);
		if (instructions == null) {
			tunnel.close(EndReason.BAD_MESSAGE);
			return;
		}
		for (GuacamoleInstructions.Instruction instruction : instructions) {
			CharSequence raw = text.subSequence(instruction.start(), instruction.end());
			if (tunnel.isReadOnly() && !instruction.isInternal() && !ObserverInput.forwards(instruction.opcode())) {
				continue;
			}
			if (!instruction.isInternal()) {
				tunnel.toMachine(raw);
			}
			else if (!instruction.args().isEmpty() && instruction.args().get(0).equals("ping")) {
				tunnel.reply(raw.toString());
			}
		}
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable exception) {
		close(session, EndReason.CLIENT_CLOSED);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		close(session, EndReason.CLIENT_CLOSED);
	}

	private static void close(WebSocketSession session, EndReason reason) {
		Object tunnel = session.getAttributes().get(TUNNEL);
		if (tunnel instanceof LiveTunnel live) {
			live.close(reason);
		}
	}

	/** The screen the browser asks for ({@code width}, {@code height}, {@code dpi}), within sane bounds. */
	record ScreenRequest(int width, int height, int dpi) {

		static ScreenRequest from(java.net.URI uri) {
			Map<String, List<String>> query = uri == null ? Map.of()
					: UriComponentsBuilder.fromUri(uri).build().getQueryParams();
			return new ScreenRequest(number(query, "width", 1024, 320, 4096),
					number(query, "height", 768, 240, 4096), number(query, "dpi", 96, 48, 384));
		}

		GuacamoleClientInformation clientInformation() {
			GuacamoleClientInformation info = new GuacamoleClientInformation();
			info.setOptimalScreenWidth(width);
			info.setOptimalScreenHeight(height);
			info.setOptimalResolution(dpi);
			info.getImageMimetypes().addAll(List.of("image/png", "image/jpeg", "image/webp"));
			return info;
		}

		private static int number(Map<String, List<String>> query, String name, int fallback, int min, int max) {
			List<String> values = query.get(name);
			if (values == null || values.isEmpty()) {
				return fallback;
			}
			try {
				return Math.max(min, Math.min(max, Integer.parseInt(values.get(0))));
			}
			catch (NumberFormatException ex) {
				return fallback;
			}
		}

	}

}
