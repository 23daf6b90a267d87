package cn.yrd.academy.booking.internal;

import java.time.Clock;

import cn.yrd.academy.scheduling.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Recurring job {@code waitlist-expiry} (scheduler/jobs.yaml): waitlist entries whose slot has started expire,
 * so the students' pages say they were not served rather than still waiting.
 */
@Component
class WaitlistExpiry implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(WaitlistExpiry.class);

	private final Waitlist waitlist;

	private final Clock clock;

	WaitlistExpiry(Waitlist waitlist, Clock clock) {
		this.waitlist = waitlist;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "waitlist-expiry";
	}

	@Override
	public void run() {
		int expired = waitlist.expire(clock.instant());
		if (expired > 0) {
			log.info("Waitlist: {} entries expired", expired);
		}
	}

}
