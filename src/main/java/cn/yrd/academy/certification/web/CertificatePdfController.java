package cn.yrd.academy.certification.web;

import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificateDocuments;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.identity.AcademyUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable PDF certificate, for its holder and the issuer's admins; anyone else verifies it by number.
 */
@Controller
class CertificatePdfController {

	private final Certificates certificates;

	private final CertificateDocuments documents;

	CertificatePdfController(Certificates certificates, CertificateDocuments documents) {
		this.certificates = certificates;
		this.documents = documents;
	}

	@GetMapping("/credentials/{number:YRD-[A-Z]{3}-\\d{4}-\\d{6,9}}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String number, @AuthenticationPrincipal AcademyUser user) {
		if (user == null) {
			throw new AccessDeniedException("Log in to download a certificate");
		}
		Certificate certificate = certificates.forHolderOrIssuer(number, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(number + ".pdf").build().toString())
			.body(documents.pdf(certificate));
	}

}
