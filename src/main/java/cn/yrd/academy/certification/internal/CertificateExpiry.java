package cn.yrd.academy.certification.internal;

import java.time.Clock;
import java.time.Instant;

import cn.yrd.academy.certification.CertificateChanged;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.notification.Notifications;
import cn.yrd.academy.scheduling.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code certificate-expiry} job: tells holders 90 and 30 days before a certificate ends (once each, only the
 * latest due notice when the job was behind) and marks certificates past their end EXPIRED.
 */
@Service
public class CertificateExpiry implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(CertificateExpiry.class);

	private final CertificateRepository certificates;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final CertificationProperties properties;

	private final Clock clock;

	CertificateExpiry(CertificateRepository certificates, Notifications notifications, ApplicationEventPublisher events,
			AuditLog auditLog, CertificationProperties properties, Clock clock) {
		this.certificates = certificates;
		this.notifications = notifications;
		this.events = events;
		this.auditLog = auditLog;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "certificate-expiry";
	}

	@Override
	public void run() {
		sweep();
	}

	/** Sends the notices that are due and expires what ended; returns how many certificates expired. */
	@Transactional
	public int sweep() {
		Instant now = clock.instant();
		int expired = 0;
		for (Certificate certificate : certificates.findByStatusAndValidUntilBeforeOrderByValidUntilAsc(
				CertificateStatus.ISSUED, now.plus(properties.renewalWindow()))) {
			if (!certificate.getValidUntil().isAfter(now)) {
				expire(certificate);
				expired++;
			}
			else if (certificate.getValidUntil().isBefore(now.plus(properties.lastNotice()))) {
				notice(certificate, Certificate.NOTICE_30_DAYS | Certificate.NOTICE_90_DAYS);
			}
			else {
				notice(certificate, Certificate.NOTICE_90_DAYS);
			}
		}
		if (expired > 0) {
			log.info("{} certificates expired", expired);
		}
		return expired;
	}

	private void notice(Certificate certificate, int notices) {
		int latest = Integer.highestOneBit(notices);
		if (certificate.noticeWasSent(latest)) {
			return;
		}
		certificate.noticeSent(notices);
		if (certificate.isLive()) {
			notifications.send(Notification.of(certificate.getUserId(), "certificate-expiring",
					certificate.getDefinition().name(), certificate.getNumber(), certificate.getValidUntil())
				.withLink("/certificates/" + certificate.getNumber()));
		}
	}

	private void expire(Certificate certificate) {
		boolean renewed = !certificate.isLive();
		certificate.expire();
		auditLog.record(AuditEventType.CERTIFICATE_EXPIRED, "system", "certificate:" + certificate.getNumber(),
				"valid until " + certificate.getValidUntil());
		if (!renewed) {
			notifications.send(Notification.of(certificate.getUserId(), "certificate-expired",
					certificate.getDefinition().name(), certificate.getNumber())
				.withLink("/certificates/" + certificate.getNumber()));
		}
		events.publishEvent(new CertificateChanged(certificate.getUserId(), certificate.getNumber(),
				certificate.getDefinition().getCode(), certificate.getStatus()));
	}

}
