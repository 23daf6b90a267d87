package cn.yrd.academy.notification.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a notification's email as soon as the notification is committed, on two background threads of its
 * own: the request or job that sent the notification neither waits for the mail server nor hears of its
 * failures. Whatever is not sent here — a full queue, a node stopping, a mail server down — stays pending in
 * the outbox, and the {@code mail-outbox} job sends it later.
 * <p>
 * The executor is owned here rather than a bean, so it does not replace the application's task executor.
 */
@Component
class MailDelivery implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final int THREADS = 2;

	private static final int QUEUE = 1000;

	private final EmailDelivery delivery;

	private final ThreadPoolExecutor executor;

	MailDelivery(EmailDelivery delivery) {
		this.delivery = delivery;
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(QUEUE), task -> {
					Thread thread = new Thread(task, "notification-mail-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.executor.allowCoreThreadTimeOut(true);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(EmailQueued queued) {
		try {
			executor.execute(() -> send(queued.notificationId()));
		}
		catch (RejectedExecutionException ex) {
			log.info("Mail queue full or stopping; the email of notification {} waits for the mail-outbox job",
					queued.notificationId());
		}
	}

	private void send(long notificationId) {
		try {
			delivery.deliver(notificationId);
		}
		catch (RuntimeException ex) {
			// e.g. the database unreachable: the row keeps its state, and the job tries again
			log.warn("Email of notification {} left for the mail-outbox job: {}", notificationId, ex.toString());
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		executor.shutdown();
		if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
			executor.shutdownNow();
		}
	}

}
