package cn.yrd.academy.certification.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificateNotFoundException;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.identity.AcademyUser;

/**
 * The signed credential as a file: the JWT for the holder, the issuer's admins and, once the holder shares it,
 * anyone; the JSON form only for the holder and the issuer's admins. A stranger signed in learns nothing (404);
 * someone not signed in is asked to sign in.
 */
@Controller
class CredentialDownloadController {

	private static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

	private final Certificates certificates;

	CredentialDownloadController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/credentials/{number}.jwt")
	ResponseEntity<String> jwt(@PathVariable String number, @AuthenticationPrincipal AcademyUser user) {
		Certificate certificate = certificates.byNumber(number)
			.filter(VerificationPageController::hasCredential)
			.orElseThrow(() -> new CertificateNotFoundException(number));
		if (!certificate.isShared()) {
			certificate = allowed(number, user);
		}
		return file(certificate.getNumber() + ".jwt", VC_JWT, certificate.getJwt());
	}

	@GetMapping("/credentials/{number}.json")
	ResponseEntity<String> json(@PathVariable String number, @AuthenticationPrincipal AcademyUser user) {
		Certificate certificate = allowed(number, user);
		return file(certificate.getNumber() + ".json", MediaType.APPLICATION_JSON,
				CredentialTexts.json(certificate.getJwt()));
	}

	private Certificate allowed(String number, AcademyUser user) {
		if (user == null) {
			throw new AccessDeniedException("Sign in to download credential " + number);
		}
		Certificate certificate = certificates.forHolderOrIssuer(number, user);
		if (!VerificationPageController.hasCredential(certificate)) {
			throw new CertificateNotFoundException(number);
		}
		return certificate;
	}

	private static ResponseEntity<String> file(String name, MediaType type, String body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

}
