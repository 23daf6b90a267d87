package cn.yrd.academy.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time is stored in UTC and shown in the cluster's zone.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/** The zone every time is shown in. */
	public static final ZoneId CLUSTER_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
