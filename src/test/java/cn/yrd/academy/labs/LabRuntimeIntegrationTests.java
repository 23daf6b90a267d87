package cn.yrd.academy.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.support.LabRuntime;
import cn.yrd.academy.support.LabRuntime.Endpoint;
import org.apache.guacamole.GuacamoleException;
import org.apache.guacamole.net.InetGuacamoleSocket;
import org.apache.guacamole.protocol.ConfiguredGuacamoleSocket;
import org.apache.guacamole.protocol.GuacamoleClientInformation;
import org.apache.guacamole.protocol.GuacamoleConfiguration;
import org.apache.guacamole.protocol.GuacamoleInstruction;
import org.apache.guacamole.protocol.GuacamoleProtocolVersion;
import org.junit.jupiter.api.Test;

/**
 * The remote-access runtime end to end, without the application: guacd 1.3.0 from .runtime/guacd talks the
 * Guacamole protocol with guacamole-common and reaches the local lab machines. A {@code sync} instruction is
 * guacd's end of a frame, so receiving one proves the machine's screen or terminal was drawn.
 */
class LabRuntimeIntegrationTests {

	/** guacd's status codes (Guacamole protocol): UPSTREAM_NOT_FOUND and CLIENT_UNAUTHORIZED. */
	private static final String UPSTREAM_NOT_FOUND = "519";

	private static final String CLIENT_UNAUTHORIZED = "769";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Test
	void drawsTheTerminalOfAnSshLabMachine() throws Exception {
		Endpoint target = LabRuntime.sshTarget();
		try (Session session = connect(ssh(target, LabRuntime.PASSWORD))) {
			assertThat(session.socket().getProtocolVersion()).isEqualTo(GuacamoleProtocolVersion.VERSION_1_3_0);
			assertThat(session.socket().getConnectionID()).startsWith("$");
			GuacamoleInstruction first = session.awaitAny("sync", "error");
			assertThat(first.getOpcode()).as("instructions %s", session.seen()).isEqualTo("sync");
		}
	}

	@Test
	void reportsAWrongSshPassword() throws Exception {
		try (Session session = connect(ssh(LabRuntime.sshTarget(), "not-the-password"))) {
			assertThat(session.awaitAny("error").getArgs()).as("instructions %s", session.seen())
				.contains(CLIENT_UNAUTHORIZED);
		}
	}

	@Test
	void reportsAClosedVncPort() throws Exception {
		try (Session session = connect(vnc(new Endpoint("127.0.0.1", closedPort()), LabRuntime.PASSWORD))) {
			assertThat(session.awaitAny("error").getArgs()).as("instructions %s", session.seen())
				.contains(UPSTREAM_NOT_FOUND);
		}
	}

	@Test
	void drawsTheDesktopOfThePlcTrainer() throws Exception {
		Endpoint trainer = LabRuntime.plcSimulator();
		try (Session session = connect(vnc(trainer, LabRuntime.PASSWORD))) {
			GuacamoleInstruction first = session.awaitAny("sync", "error");
			assertThat(first.getOpcode()).as("instructions %s", session.seen()).isEqualTo("sync");
			assertThat(session.instructions()).anySatisfy(instruction -> {
				assertThat(instruction.getOpcode()).isEqualTo("size");
				assertThat(instruction.getArgs()).containsExactly("0", "1024", "768");
			});
		}
	}

	@Test
	void reportsAWrongVncPassword() throws Exception {
		try (Session session = connect(vnc(LabRuntime.plcSimulator(), "wrong-pw"))) {
			assertThat(session.awaitAny("error").getArgs()).as("instructions %s", session.seen())
				.contains(UPSTREAM_NOT_FOUND);
		}
	}

	private static GuacamoleConfiguration ssh(Endpoint target, String password) {
		GuacamoleConfiguration config = new GuacamoleConfiguration();
		config.setProtocol("ssh");
		config.setParameter("hostname", target.host());
		config.setParameter("port", String.valueOf(target.port()));
		config.setParameter("username", LabRuntime.SSH_USER);
		config.setParameter("password", password);
		return config;
	}

	private static GuacamoleConfiguration vnc(Endpoint target, String password) {
		GuacamoleConfiguration config = new GuacamoleConfiguration();
		config.setProtocol("vnc");
		config.setParameter("hostname", target.host());
		config.setParameter("port", String.valueOf(target.port()));
		config.setParameter("password", password);
		return config;
	}

	private static Session connect(GuacamoleConfiguration config) throws GuacamoleException {
		Endpoint guacd = LabRuntime.guacd();
		GuacamoleClientInformation client = new GuacamoleClientInformation();
		client.setOptimalScreenWidth(1024);
		client.setOptimalScreenHeight(768);
		return new Session(new ConfiguredGuacamoleSocket(new InetGuacamoleSocket(guacd.host(), guacd.port()), config,
				client));
	}

	/** A port nothing listens on: taken from the system and closed again. */
	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private record Session(ConfiguredGuacamoleSocket socket, List<GuacamoleInstruction> instructions) implements AutoCloseable {

		Session(ConfiguredGuacamoleSocket socket) {
			this(socket, new ArrayList<>());
		}

		/** Reads instructions until one of the opcodes arrives; fails after {@link #PATIENCE}. */
		GuacamoleInstruction awaitAny(String... opcodes) throws GuacamoleException {
			Instant deadline = Instant.now().plus(PATIENCE);
			while (Instant.now().isBefore(deadline)) {
				GuacamoleInstruction instruction = socket.getReader().readInstruction();
				if (instruction == null) {
					break;
				}
				instructions.add(instruction);
				if (List.of(opcodes).contains(instruction.getOpcode())) {
					return instruction;
				}
			}
			throw new AssertionError("No " + String.join("/", opcodes) + " from guacd; instructions " + seen());
		}

		List<String> seen() {
			return instructions.stream().map(GuacamoleInstruction::toString)
				.map(text -> text.length() > 80 ? text.substring(0, 80) + "…" : text)
				.toList();
		}

		@Override
		public void close() throws GuacamoleException {
			socket.close();
		}

	}

}
