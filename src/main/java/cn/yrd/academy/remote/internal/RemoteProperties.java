package cn.yrd.academy.remote.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where guacd runs and what the tunnel accepts.
 *
 * @param guacd the Guacamole proxy daemon the tunnel connects through (one per training base in a deployment)
 * @param allowedOrigins origins besides the application's own whose pages may open the tunnel, e.g.
 * {@code https://academy.example.cn}; a missing or other Origin is refused
 * @param tokenValidity how long a connect token may wait for its WebSocket
 * @param maxMessageLength the longest message, in characters, the browser may send through the tunnel; longer
 * ones close it (guacamole-common-js sends clipboard text in chunks well below 16384)
 * @param recordingsDir where guacd writes session recordings, in {@code yyyy/MM/dd} folders; guacd writes there
 * itself, so in a deployment it is a folder guacd and the application share
 * @param recordingRetention how long recordings are kept; the {@code recording-retention} job deletes older ones
 */
@ConfigurationProperties("academy.remote")
public record RemoteProperties(@DefaultValue Guacd guacd, @DefaultValue List<String> allowedOrigins,
		@DefaultValue("60s") Duration tokenValidity, @DefaultValue("16384") int maxMessageLength,
		@DefaultValue("data/recordings") Path recordingsDir, @DefaultValue("180d") Duration recordingRetention) {

	/**
	 * @param host guacd's address
	 * @param port guacd's port (4822 is guacd's own default)
	 */
	public record Guacd(@DefaultValue("127.0.0.1") String host, @DefaultValue("4822") int port) {
	}

}
