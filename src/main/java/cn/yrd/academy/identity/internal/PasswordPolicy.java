package cn.yrd.academy.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must satisfy. Returns the message key of the first rule it breaks.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
	public static final int MAX_BYTES = 72;

	/** The demo accounts' password may never be chosen, so only seeded demo accounts can carry it. */
	public static final String DEMO_PASSWORD = "academy-demo";

	private static final Set<String> COMMON = Set.of("1234567890", "0123456789", "12345678910", "password123",
			"password1234", "qwertyuiop", "1qaz2wsx3edc", "abcdefghij", "iloveyou123", "aaaaaaaaaa", "a123456789",
			"qwerty123456", "1q2w3e4r5t", "woaini1314", "zxcvbnm123", DEMO_PASSWORD);

	private PasswordPolicy() {
	}

	public static Optional<String> violation(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		if (COMMON.contains(lower) || password.codePoints().distinct().count() < 4) {
			return Optional.of("password.tooCommon");
		}
		return Optional.empty();
	}

}
