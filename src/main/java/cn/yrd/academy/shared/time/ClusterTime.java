package cn.yrd.academy.shared.time;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formats stored UTC instants in the cluster's zone for pages: {@code ${@clusterTime.format(instant)}}.
 */
@Component("clusterTime")
public class ClusterTime {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.CLUSTER_ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ClockConfiguration.CLUSTER_ZONE);

	/** Hours and minutes only, for times whose day is shown elsewhere. */
	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	public String format(Instant instant) {
		return instant == null ? "" : FORMAT.format(instant);
	}

}
