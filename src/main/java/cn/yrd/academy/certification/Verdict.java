package cn.yrd.academy.certification;

/**
 * The answer of a verification. {@code achievement} and {@code issuer} are only filled once the signature of a
 * known issuer key has been checked, so nothing an attacker wrote is ever repeated as if it were true.
 */
public record Verdict(Outcome verdict, String reason, String achievement, String issuer) {

	public enum Outcome {
		VALID, EXPIRED, REVOKED, INVALID;

		public String json() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	static Verdict invalid(String reason) {
		return new Verdict(Outcome.INVALID, reason, null, null);
	}

}
