package cn.yrd.academy.notification.internal;

import cn.yrd.academy.scheduling.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Recurring job {@code mail-outbox} (scheduler/jobs.yaml): sends the emails that are due — those whose send
 * right after the commit failed, was lost with a stopping node, or did not fit the queue. Claims make a run
 * safe next to the immediate sends and to a run on another node. With mail off it does nothing.
 */
@Component
class MailOutboxJob implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(MailOutboxJob.class);

	/** Enough for a minute's worth of mail at once; the rest waits for the next run. */
	static final int MAX_PER_RUN = 500;

	private final EmailDelivery delivery;

	MailOutboxJob(EmailDelivery delivery) {
		this.delivery = delivery;
	}

	@Override
	public String name() {
		return "mail-outbox";
	}

	@Override
	public void run() {
		int sent = delivery.deliverDue(MAX_PER_RUN);
		if (sent > 0) {
			log.info("Mail outbox: {} emails sent", sent);
		}
	}

}
