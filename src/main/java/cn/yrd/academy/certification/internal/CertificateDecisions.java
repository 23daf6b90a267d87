package cn.yrd.academy.certification.internal;

import java.time.Clock;

import cn.yrd.academy.certification.CertificateChanged;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.notification.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an issuer's admins decide about certificates (approve, reject, revoke) and what a holder decides (share).
 * Each decision locks the certificate row, so two admins acting at once cannot both apply.
 */
@Service
@Transactional
public class CertificateDecisions {

	private static final int MAX_REASON = 500;

	private final CertificateRepository certificates;

	private final CertificateSigner signer;

	private final CredentialService credentials;

	private final IssuerAuthority authority;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	CertificateDecisions(CertificateRepository certificates, CertificateSigner signer, CredentialService credentials,
			IssuerAuthority authority, Notifications notifications, ApplicationEventPublisher events, AuditLog auditLog,
			Clock clock) {
		this.certificates = certificates;
		this.signer = signer;
		this.credentials = credentials;
		this.authority = authority;
		this.notifications = notifications;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	public Certificate approve(String number, AcademyUser admin) {
		Certificate certificate = pending(number, admin);
		certificate.decide(admin.getUsername(), null);
		signer.issue(certificate, clock.instant());
		done(certificate, admin, AuditEventType.CERTIFICATE_APPROVED, "approved");
		notifications.send(Notification.of(certificate.getUserId(), "certificate-issued",
				certificate.getDefinition().name(), number).withLink("/certificates/" + number));
		return certificate;
	}

	public Certificate reject(String number, AcademyUser admin, String reason) {
		String text = reason(reason);
		Certificate certificate = pending(number, admin);
		certificate.reject(admin.getUsername(), text);
		done(certificate, admin, AuditEventType.CERTIFICATE_REJECTED, text);
		notifications.send(Notification.of(certificate.getUserId(), "certificate-rejected",
				certificate.getDefinition().name(), number, text).withLink("/certificates/" + number));
		return certificate;
	}

	/** Revokes an issued certificate; its status list bit is set in the same transaction. */
	public Certificate revoke(String number, AcademyUser admin, String reason) {
		String text = reason(reason);
		Certificate certificate = locked(number, admin);
		if (certificate.getStatus() != CertificateStatus.ISSUED) {
			throw new CertificateRefused("certificate.refused.notIssued", number);
		}
		certificate.revoke(admin.getUsername(), text, clock.instant());
		credentials.revoke(certificate.getDefinition().getIssuerCode(), certificate.getStatusIndex());
		done(certificate, admin, AuditEventType.CERTIFICATE_REVOKED, text);
		notifications.send(Notification.of(certificate.getUserId(), "certificate-revoked",
				certificate.getDefinition().name(), number, text).withLink("/certificates/" + number));
		return certificate;
	}

	/** The holder makes the credential ({@code .jwt}) downloadable by anyone with the link, or stops that. */
	public Certificate share(String number, AcademyUser holder, boolean shared) {
		Certificate certificate = certificates.lockByNumber(number)
			.filter(c -> c.getUserId() == holder.id())
			.orElseThrow(() -> new CertificateNotFoundException(number));
		certificate.share(shared);
		return certificate;
	}

	private Certificate pending(String number, AcademyUser admin) {
		Certificate certificate = locked(number, admin);
		if (certificate.getStatus() != CertificateStatus.PENDING) {
			throw new CertificateRefused("certificate.refused.notPending", number);
		}
		if (certificate.getUserId() == admin.id()) {
			throw new AccessDeniedException("No one decides on their own certificate");
		}
		return certificate;
	}

	private Certificate locked(String number, AcademyUser admin) {
		Certificate certificate = certificates.lockByNumber(number)
			.orElseThrow(() -> new CertificateNotFoundException(number));
		authority.check(admin, certificate.getDefinition().getIssuerCode());
		return certificate;
	}

	private void done(Certificate certificate, AcademyUser admin, AuditEventType type, String details) {
		auditLog.record(type, admin.getUsername(), "certificate:" + certificate.getNumber(), details);
		events.publishEvent(new CertificateChanged(certificate.getUserId(), certificate.getNumber(),
				certificate.getDefinition().getCode(), certificate.getStatus()));
	}

	private static String reason(String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty() || text.length() > MAX_REASON) {
			throw new CertificateRefused("certificate.refused.reason", MAX_REASON);
		}
		return text;
	}

}
