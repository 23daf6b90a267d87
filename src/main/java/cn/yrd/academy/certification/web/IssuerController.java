package cn.yrd.academy.certification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.yrd.academy.certification.AchievementCredentials;
import cn.yrd.academy.certification.CredentialIssuing;
import cn.yrd.academy.certification.IssuerNotFoundException;
import cn.yrd.academy.certification.IssuerProfile;
import cn.yrd.academy.certification.internal.CredentialService;
import cn.yrd.academy.shared.web.ApiController;
import cn.yrd.academy.shared.web.ApiException;

/**
 * What anyone needs to check an issuer's credentials without asking it: its profile, its keys (active and
 * retired) and its signed revocation list. Public, no login.
 */
@ApiController
class IssuerController {

	static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");

	static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

	private static final String CODE = "{code:[A-Za-z0-9_-]{1,40}}";

	private final CredentialIssuing issuing;

	private final CredentialService credentials;

	private final MessageSource messages;

	IssuerController(CredentialIssuing issuing, CredentialService credentials, MessageSource messages) {
		this.issuing = issuing;
		this.credentials = credentials;
		this.messages = messages;
	}

	@GetMapping(path = "/issuers/" + CODE, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> profile(@PathVariable String code) {
		IssuerProfile issuer = issuing.issuer(code);
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("@context", List.of(AchievementCredentials.VC_CONTEXT, AchievementCredentials.OB_CONTEXT));
		profile.put("id", issuer.id());
		profile.put("type", List.of("Profile"));
		profile.put("name", issuer.name());
		profile.put("url", issuer.url());
		return profile;
	}

	@GetMapping("/issuers/" + CODE + "/jwks.json")
	ResponseEntity<Map<String, Object>> keys(@PathVariable String code) {
		return ResponseEntity.ok().contentType(JWK_SET).body(credentials.publishedKeys(code));
	}

	@GetMapping("/issuers/" + CODE + "/status/{list:\\d{1,6}}")
	ResponseEntity<String> statusList(@PathVariable String code, @PathVariable int list) {
		return credentials.signedStatusList(code, list)
			.map(jwt -> ResponseEntity.ok().contentType(VC_JWT).body(jwt))
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "status-list-not-found",
					"api.error.status-list-not-found"));
	}

	@ExceptionHandler(IssuerNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("api.error.issuer-not-found", null, locale));
		problem.setProperty("code", "issuer-not-found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
