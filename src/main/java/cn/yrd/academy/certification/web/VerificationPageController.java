package cn.yrd.academy.certification.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.CredentialVerifier;
import cn.yrd.academy.certification.Verdict;
import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.certification.internal.VerificationThrottle;

/**
 * The public verification pages: a certificate by its number, and any credential pasted or uploaded. Lookups and
 * checks share the API's rate limit per client address.
 */
@Controller
class VerificationPageController {

	static final int MAX_UPLOAD = 64 * 1024;

	private final Certificates certificates;

	private final CredentialVerifier verifier;

	private final VerificationThrottle throttle;

	private final CertificateViews views;

	VerificationPageController(Certificates certificates, CredentialVerifier verifier, VerificationThrottle throttle,
			CertificateViews views) {
		this.certificates = certificates;
		this.verifier = verifier;
		this.throttle = throttle;
		this.views = views;
	}

	@GetMapping("/verify")
	String form() {
		return "certification/verify";
	}

	@GetMapping(path = "/verify", params = "number")
	String lookUp(@RequestParam String number, Model model, HttpServletResponse response) {
		String normalized = number.strip().toUpperCase(Locale.ROOT);
		if (!Certificates.isWellFormedNumber(normalized)) {
			model.addAttribute("number", number);
			model.addAttribute("numberError", "verify.number.malformed");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "certification/verify";
		}
		return "redirect:/verify/" + UriUtils.encodePathSegment(normalized, StandardCharsets.UTF_8);
	}

	@GetMapping("/verify/{number}")
	String certificate(@PathVariable String number, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!throttle.tryVerify(request.getRemoteAddr())) {
			return tooMany(response);
		}
		Optional<Certificate> found = certificates.byNumber(number).filter(VerificationPageController::hasCredential);
		if (found.isEmpty()) {
			model.addAttribute("number", number);
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "certification/unknown";
		}
		Verdict verdict = verifier.verify(found.get().getJwt());
		model.addAttribute("certificate", views.of(found.get()));
		model.addAttribute("verdict", verdict.verdict().json());
		model.addAttribute("reasonKey", VerificationReasons.key(verdict));
		return "certification/certificate";
	}

	@PostMapping("/verify")
	String check(@RequestParam(required = false) String credential,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!throttle.tryVerify(request.getRemoteAddr())) {
			return tooMany(response);
		}
		String text = credential;
		if (file != null && !file.isEmpty()) {
			String refusal = refusal(file);
			if (refusal != null) {
				model.addAttribute("uploadError", refusal);
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return "certification/verify";
			}
			text = read(file);
		}
		else {
			model.addAttribute("credential", credential);
		}
		showVerdict(text, model);
		return "certification/verify";
	}

	/** The verdict, and the certificate it names once the signature checked out, so a forgery names nobody. */
	private void showVerdict(String text, Model model) {
		Verdict verdict = verifier.verify(text);
		model.addAttribute("result", verdict);
		model.addAttribute("verdict", verdict.verdict().json());
		model.addAttribute("reasonKey", VerificationReasons.key(verdict));
		if (verdict.verdict() != Verdict.Outcome.INVALID) {
			CredentialTexts.credentialId(text).flatMap(certificates::byCredentialId)
				.ifPresent(match -> model.addAttribute("match", match.getNumber()).addAttribute("holderName",
						match.getHolderName()));
		}
	}

	private static String refusal(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".jwt") && !name.endsWith(".json")) {
			return "verify.upload.type";
		}
		return file.getSize() > MAX_UPLOAD ? "verify.upload.size" : null;
	}

	private static String read(MultipartFile file) {
		try {
			return new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String tooMany(HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		return "certification/too-many";
	}

	static boolean hasCredential(Certificate certificate) {
		return certificate.getJwt() != null && certificate.getStatus() != CertificateStatus.PENDING
				&& certificate.getStatus() != CertificateStatus.REJECTED;
	}

}
