package cn.yrd.academy.certification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.certification.CertificateChanged;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.internal.RequirementCheck.Evaluation;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.identity.UserSummary;
import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards certificates: when a student passes a lab or finishes a lesson ({@link CertificateAwardTriggers}), every
 * active definition is checked
 * against their record, and a definition whose requirements are met gets a certificate, issued at once or queued
 * for the issuer's approval. Meeting the requirements again issues nothing new while a certificate is live; a
 * renewal, in the last {@code renewal-window} before expiry or after it, needs lab work graded after the last
 * certificate, and so does a new attempt after a rejection or revocation.
 */
@Service
public class CertificateAwards {

	private static final Logger log = LoggerFactory.getLogger(CertificateAwards.class);

	private final DefinitionRepository definitions;

	private final CertificateRepository certificates;

	private final StudentRecords records;

	private final CertificateNumbers numbers;

	private final CertificateSigner signer;

	private final IssuerAuthority authority;

	private final UserDirectory users;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final CertificationProperties properties;

	private final Clock clock;

	CertificateAwards(DefinitionRepository definitions, CertificateRepository certificates, StudentRecords records,
			CertificateNumbers numbers, CertificateSigner signer, IssuerAuthority authority, UserDirectory users,
			Notifications notifications, ApplicationEventPublisher events, CertificationProperties properties,
			Clock clock) {
		this.definitions = definitions;
		this.certificates = certificates;
		this.records = records;
		this.numbers = numbers;
		this.signer = signer;
		this.authority = authority;
		this.users = users;
		this.notifications = notifications;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Checks every active definition for the student; returns the certificates issued or queued now. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Certificate> evaluate(long userId) {
		List<Certificate> awarded = new ArrayList<>();
		for (CertificationDefinition definition : definitions.findByActiveTrueOrderByCode()) {
			award(definition, userId).ifPresent(awarded::add);
		}
		return awarded;
	}

	private Optional<Certificate> award(CertificationDefinition definition, long userId) {
		certificates.lockEvaluation(definition.getId(), userId);
		List<Certificate> history = certificates.findByDefinitionIdAndUserIdOrderByRequestedAtDesc(definition.getId(),
				userId);
		Instant now = clock.instant();
		Optional<Certificate> live = history.stream().filter(Certificate::isLive).findFirst();
		if (live.isPresent() && !renewable(live.get(), now)) {
			return Optional.empty();
		}
		Instant since = history.stream().map(Certificate::getRequestedAt).max(Instant::compareTo).orElse(null);
		Evaluation evaluation = RequirementCheck.evaluate(definition.getRequirements(),
				records.of(userId, definition.getRequirements()), since);
		if (!evaluation.met()) {
			return Optional.empty();
		}
		live.ifPresent(Certificate::renewed);
		certificates.flush();
		String holder = users.summaries(List.of(userId)).values().stream().findFirst().map(UserSummary::displayName)
			.orElseThrow(() -> new IllegalStateException("No user " + userId));
		Certificate certificate = new Certificate(numbers.next(definition.getLevel(), now), definition, userId, holder,
				evaluation.evidence().stream()
					.map(p -> new Evidence(p.submissionId(), p.courseCode(), p.labSlug(), p.percent(), p.gradedAt()))
					.toList(),
				now);
		if (definition.isApprovalRequired()) {
			certificates.save(certificate);
			notifyPending(certificate);
		}
		else {
			signer.issue(certificate, now);
			certificates.save(certificate);
			notifications.send(Notification.of(userId, live.isPresent() ? "certificate-renewed" : "certificate-issued",
					definition.name(), certificate.getNumber()).withLink("/certificates/" + certificate.getNumber()));
		}
		events.publishEvent(new CertificateChanged(userId, certificate.getNumber(), definition.getCode(),
				certificate.getStatus()));
		log.info("Certificate {} ({}) {} for user {}", certificate.getNumber(), definition.getCode(),
				certificate.getStatus(), userId);
		return Optional.of(certificate);
	}

	/** A live certificate may be renewed once it is issued and within the renewal window of its end. */
	private boolean renewable(Certificate live, Instant now) {
		return live.getStatus() == CertificateStatus.ISSUED && live.getValidUntil() != null
				&& !now.isBefore(live.getValidUntil().minus(properties.renewalWindow()));
	}

	private void notifyPending(Certificate certificate) {
		CertificationDefinition definition = certificate.getDefinition();
		notifications.send(Notification.of(certificate.getUserId(), "certificate-pending", definition.name(),
				certificate.getNumber()).withLink("/certificates/" + certificate.getNumber()));
		for (long admin : authority.adminIds(definition.getIssuerCode())) {
			notifications.send(Notification.of(admin, "certificate-approval", definition.name(),
					certificate.getHolderName(), certificate.getNumber()).withLink("/issuer/certificates?status=PENDING"));
		}
	}

}
