package cn.yrd.academy.certification.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificationProperties;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.web.ApiController;

/** The caller's own certificates, pending and rejected ones included, newest first. */
@ApiController
class CertificatesApiController {

	private final Certificates certificates;

	private final CertificationProperties properties;

	CertificatesApiController(Certificates certificates, CertificationProperties properties) {
		this.certificates = certificates;
		this.properties = properties;
	}

	@GetMapping("/api/v1/certificates")
	List<CertificateResource> mine(@AuthenticationPrincipal AcademyUser user) {
		return certificates.mine(user.id()).stream().map(this::resource).toList();
	}

	private CertificateResource resource(Certificate certificate) {
		String number = certificate.getNumber();
		boolean signed = VerificationPageController.hasCredential(certificate);
		String base = properties.publicUrl();
		return new CertificateResource(number, certificate.getDefinition().getCode(),
				certificate.getDefinition().name(), certificate.getDefinition().getLevel().name(),
				certificate.getStatus().name(), iso(certificate.getRequestedAt()), iso(certificate.getIssuedAt()),
				iso(certificate.getValidUntil()),
				new Links(signed ? base + "/verify/" + number : null,
						signed ? base + "/credentials/" + number + ".jwt" : null,
						signed ? base + "/credentials/" + number + ".json" : null));
	}

	private static String iso(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	/** One certificate; instants are ISO-8601 in UTC, links are absent until the certificate is signed. */
	record CertificateResource(String number, String definition, Bilingual name, String level, String status,
			String requestedAt, String issuedAt, String validUntil, Links links) {
	}

	record Links(String verify, String jwt, String json) {
	}

}
