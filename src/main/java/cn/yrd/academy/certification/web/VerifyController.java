package cn.yrd.academy.certification.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import cn.yrd.academy.certification.CredentialVerifier;
import cn.yrd.academy.certification.Verdict;
import cn.yrd.academy.certification.internal.VerificationThrottle;
import cn.yrd.academy.shared.web.ApiController;
import cn.yrd.academy.shared.web.ApiException;
import tools.jackson.databind.JsonNode;

/**
 * Public verification of a credential, pasted as its compact JWT or as its JSON. Anything that is not a valid
 * credential gets a verdict; only a body without a credential is a 400, and only a client over its rate a 429.
 */
@ApiController
class VerifyController {

	private final CredentialVerifier verifier;

	private final VerificationThrottle throttle;

	VerifyController(CredentialVerifier verifier, VerificationThrottle throttle) {
		this.verifier = verifier;
		this.throttle = throttle;
	}

	@PostMapping("/api/v1/verify")
	Map<String, String> verify(@RequestBody JsonNode body, HttpServletRequest request) {
		if (!throttle.tryVerify(request.getRemoteAddr())) {
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too-many-verifications",
					"api.error.too-many-verifications");
		}
		JsonNode credential = body == null ? null : body.get("credential");
		if (credential == null || !(credential.isString() || credential.isObject())) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "credential-required", "api.error.credential-required");
		}
		Verdict verdict = verifier.verify(credential.isString() ? credential.asString() : credential.toString());
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("verdict", verdict.verdict().json());
		answer.put("reason", verdict.reason());
		answer.put("achievement", verdict.achievement());
		answer.put("issuer", verdict.issuer());
		return answer;
	}

}
