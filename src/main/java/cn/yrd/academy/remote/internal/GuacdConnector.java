package cn.yrd.academy.remote.internal;

import java.util.Locale;
import java.util.Optional;

import cn.yrd.academy.labs.ConnectionDetails;
import cn.yrd.academy.labs.MachineSecrets;
import org.apache.guacamole.GuacamoleException;
import org.apache.guacamole.net.InetGuacamoleSocket;
import org.apache.guacamole.protocol.ConfiguredGuacamoleSocket;
import org.apache.guacamole.protocol.GuacamoleClientInformation;
import org.apache.guacamole.protocol.GuacamoleConfiguration;
import org.springframework.stereotype.Component;

/**
 * Opens a connection to a lab machine through guacd: the machine's address and decrypted secrets become the
 * Guacamole configuration here, on the server, and go nowhere but to guacd.
 */
@Component
class GuacdConnector {

	private final RemoteProperties properties;

	GuacdConnector(RemoteProperties properties) {
		this.properties = properties;
	}

	/**
	 * A socket past guacd's handshake ({@code ready} consumed); its connection id names the session. With a
	 * recording target guacd records everything the machine shows (not the keys: they may be passwords).
	 */
	ConfiguredGuacamoleSocket connect(ConnectionDetails machine, GuacamoleClientInformation client,
			Optional<RecordingFolder.Target> recording) throws GuacamoleException {
		GuacamoleConfiguration config = configuration(machine);
		recording.ifPresent(target -> {
			config.setParameter("recording-path", target.folder().toString());
			config.setParameter("recording-name", target.name());
			config.setParameter("create-recording-path", "true");
		});
		return open(config, client);
	}

	/**
	 * Joins a live connection as a read-only user: guacd shares the machine's existing connection, opens no new
	 * one, and itself ignores any input from this user.
	 */
	ConfiguredGuacamoleSocket join(String connectionId, GuacamoleClientInformation client)
			throws GuacamoleException {
		GuacamoleConfiguration config = new GuacamoleConfiguration();
		config.setConnectionID(connectionId);
		config.setParameter("read-only", "true");
		return open(config, client);
	}

	private ConfiguredGuacamoleSocket open(GuacamoleConfiguration config, GuacamoleClientInformation client)
			throws GuacamoleException {
		InetGuacamoleSocket guacd = new InetGuacamoleSocket(properties.guacd().host(), properties.guacd().port());
		try {
			return new ConfiguredGuacamoleSocket(guacd, config, client);
		}
		catch (GuacamoleException | RuntimeException ex) {
			guacd.close();
			throw ex;
		}
	}

	static GuacamoleConfiguration configuration(ConnectionDetails machine) {
		GuacamoleConfiguration config = new GuacamoleConfiguration();
		String protocol = machine.protocol().toLowerCase(Locale.ROOT);
		config.setProtocol(protocol);
		config.setParameter("hostname", machine.host());
		config.setParameter("port", Integer.toString(machine.port()));
		MachineSecrets secrets = machine.secrets();
		switch (protocol) {
			case "vnc" -> set(config, "password", secrets.vncPassword());
			case "ssh" -> {
				set(config, "username", secrets.username());
				set(config, "password", secrets.password());
				set(config, "private-key", secrets.privateKey());
			}
			case "rdp" -> {
				set(config, "username", secrets.username());
				set(config, "password", secrets.password());
				set(config, "domain", secrets.rdpDomain());
				set(config, "security", secrets.rdpSecurity());
				// Lab machines run self-signed certificates on the training base's own network.
				config.setParameter("ignore-cert", "true");
			}
			default -> throw new IllegalArgumentException("No Guacamole protocol " + protocol);
		}
		return config;
	}

	private static void set(GuacamoleConfiguration config, String name, String value) {
		if (value != null) {
			config.setParameter(name, value);
		}
	}

}
