package cn.yrd.academy.remote.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.guacamole.GuacamoleException;
import org.apache.guacamole.io.GuacamoleReader;
import org.apache.guacamole.net.GuacamoleSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One open tunnel: a browser's WebSocket joined to a guacd connection. guacd's output is pumped to the browser on
 * a thread of its own; the browser's messages are checked and written to guacd on the WebSocket's thread. Ends
 * once, whoever ends it first (browser, guacd, booking end, another window, a lab admin), and then closes both
 * sides. An observer's tunnel is the same, joined read-only to the student's guacd connection.
 */
final class LiveTunnel {

	/** Joins guacd's output into messages of about this many characters while more is ready. */
	private static final int BATCH = 8192;

	private static final Logger log = LoggerFactory.getLogger(LiveTunnel.class);

	interface Listener {

		void firstFrame(LiveTunnel tunnel);

		void ended(LiveTunnel tunnel, EndReason reason);

	}

	private final WebSocketSession browser;

	private final GuacamoleSocket guacd;

	private final TunnelGrant grant;

	private final long sessionId;

	private final Listener listener;

	private final AtomicLong toMachine = new AtomicLong();

	private final AtomicLong toBrowser = new AtomicLong();

	private final AtomicReference<EndReason> ended = new AtomicReference<>();

	private boolean frameSeen;

	private boolean errorSeen;

	LiveTunnel(WebSocketSession browser, GuacamoleSocket guacd, TunnelGrant grant, long sessionId,
			Listener listener) {
		this.browser = browser;
		this.guacd = guacd;
		this.grant = grant;
		this.sessionId = sessionId;
		this.listener = listener;
	}

	TunnelGrant grant() {
		return grant;
	}

	/** An observer's tunnel: its input never reaches guacd ({@link ObserverInput}). */
	boolean isReadOnly() {
		return grant instanceof ObserveGrant;
	}

	long sessionId() {
		return sessionId;
	}

	long toMachine() {
		return toMachine.get();
	}

	long toBrowser() {
		return toBrowser.get();
	}

	boolean isEnded() {
		return ended.get() != null;
	}

	void startPump() {
		Thread pump = new Thread(this::pump, "guacd-tunnel-" + sessionId);
		pump.setDaemon(true);
		pump.start();
	}

	private void pump() {
		EndReason reason;
		try {
			GuacamoleReader reader = guacd.getReader();
			StringBuilder batch = new StringBuilder(BATCH * 2);
			char[] chunk;
			while ((chunk = reader.read()) != null) {
				batch.append(chunk);
				if (batch.length() < BATCH && reader.available()) {
					continue;
				}
				send(batch);
				batch.setLength(0);
				if (errorSeen && !frameSeen) {
					// guacd could not reach the machine (it reported why); it would hold the connection until the
					// client leaves, so the server ends it and records why rather than a browser's close
					break;
				}
			}
			if (!batch.isEmpty()) {
				send(batch);
			}
			reason = closedByMachine();
		}
		catch (GuacamoleException ex) {
			reason = closedByMachine();
			if (!isEnded()) {
				log.debug("guacd connection of remote session {} ended: {}", sessionId, ex.toString());
			}
		}
		catch (IOException | RuntimeException ex) {
			reason = EndReason.CLIENT_CLOSED;
			if (!isEnded()) {
				log.debug("Browser of remote session {} unreachable: {}", sessionId, ex.toString());
			}
		}
		close(reason);
	}

	private EndReason closedByMachine() {
		return frameSeen || !errorSeen ? EndReason.MACHINE_CLOSED : EndReason.MACHINE_UNREACHABLE;
	}

	private void send(StringBuilder batch) throws IOException {
		notice(batch);
		browser.sendMessage(new TextMessage(batch.toString()));
		toBrowser.addAndGet(batch.length());
	}

	/**
	 * Until the first frame ({@code sync}), looks for it and for an error, which guacd sends before it closes
	 * when the machine cannot be reached. Past the first frame nothing is parsed: the pump only copies.
	 */
	private void notice(CharSequence instructions) {
		if (frameSeen) {
			return;
		}
		List<GuacamoleInstructions.Instruction> parsed = GuacamoleInstructions.parse(instructions, op -> false);
		if (parsed == null) {
			return;
		}
		for (GuacamoleInstructions.Instruction instruction : parsed) {
			if (instruction.opcode().equals("sync")) {
				frameSeen = true;
				listener.firstFrame(this);
				return;
			}
			else if (instruction.opcode().equals("error")) {
				errorSeen = true;
			}
		}
	}

	/** Writes the browser's instructions, already checked, to guacd. */
	void toMachine(CharSequence instructions) throws GuacamoleException {
		char[] chars = instructions.toString().toCharArray();
		guacd.getWriter().write(chars);
		toMachine.addAndGet(chars.length);
	}

	void reply(String instruction) throws IOException {
		browser.sendMessage(new TextMessage(instruction));
	}

	/** Ends the tunnel for the reason, unless it has already ended; closes the browser's and guacd's sides. */
	void close(EndReason reason) {
		if (!ended.compareAndSet(null, reason)) {
			return;
		}
		try {
			if (browser.isOpen()) {
				browser.close(reason.closeStatus());
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the WebSocket of remote session {}: {}", sessionId, ex.toString());
		}
		try {
			guacd.close();
		}
		catch (GuacamoleException ex) {
			log.debug("Closing guacd's socket of remote session {}: {}", sessionId, ex.toString());
		}
		listener.ended(this, reason);
	}

}
