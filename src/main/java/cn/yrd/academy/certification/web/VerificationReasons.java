package cn.yrd.academy.certification.web;

import cn.yrd.academy.certification.Verdict;

/**
 * The message key for a verdict's reason. The verifier's reasons are English sentences for logs and the API; the
 * pages show a translated text chosen by the verdict and the reason's leading word, with a general fallback.
 */
final class VerificationReasons {

	private VerificationReasons() {
	}

	static String key(Verdict verdict) {
		String reason = verdict.reason() == null ? "" : verdict.reason();
		return switch (verdict.verdict()) {
			case VALID -> "verify.reason.valid";
			case REVOKED -> "verify.reason.revoked";
			case EXPIRED -> reason.startsWith("not valid before") ? "verify.reason.notYetValid" : "verify.reason.expired";
			case INVALID -> invalid(reason);
		};
	}

	private static String invalid(String reason) {
		if (reason.contains("status list is unknown")) {
			return "verify.reason.statusUnknown";
		}
		int colon = reason.indexOf(':');
		String kind = colon < 0 ? "" : reason.substring(0, colon);
		return switch (kind) {
			case "empty" -> "verify.reason.empty";
			case "malformed" -> "verify.reason.malformed";
			case "unsigned" -> "verify.reason.unsigned";
			case "tampered" -> "verify.reason.tampered";
			case "schema" -> "verify.reason.schema";
			case "invalid" -> "verify.reason.inconsistent";
			default -> "verify.reason.unknown";
		};
	}

}
