package cn.yrd.academy.remote;

import java.time.Duration;
import java.time.Instant;

/**
 * A remote session with a kept recording, replayed at {@code /remote/recordings/{sessionId}}.
 *
 * @param endedAt {@code null} while the session is still live
 */
public record RecordedSession(long sessionId, Instant startedAt, Instant endedAt, String machineName) {

	/** How long the session lasted; {@code null} while it is live. */
	public Duration duration() {
		return endedAt == null ? null : Duration.between(startedAt, endedAt);
	}

	/** Whole minutes, at least one, for pages; {@code null} while live. */
	public Long minutes() {
		Duration duration = duration();
		return duration == null ? null : Math.max(1, duration.toMinutes());
	}

}
