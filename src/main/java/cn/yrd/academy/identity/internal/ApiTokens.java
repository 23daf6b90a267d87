package cn.yrd.academy.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for scripts. Tokens live in the database (hashed), so every node of a
 * cluster accepts them and disabling or locking an account stops its tokens at once.
 */
@Service
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final AuditLog auditLog;

	private final IdentityProperties properties;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, AuditLog auditLog,
			IdentityProperties properties, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.auditLog = auditLog;
		this.properties = properties;
		this.clock = clock;
	}

	/** A token handed to a client once; only its hash is kept. */
	public record IssuedToken(String token, Instant expiresAt) {
	}

	/** Issues a token for a user who has just authenticated. */
	@Transactional
	public IssuedToken issue(String username) {
		UserAccount user = users.findByUsername(username).orElseThrow();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(properties.apiToken().validity());
		tokens.save(new ApiToken(hash(token), user, now, expiresAt));
		tokens.deleteExpired(now);
		auditLog.record(AuditEventType.API_TOKEN_ISSUED, username, username, null);
		return new IssuedToken(token, expiresAt);
	}

	/** The user a valid token belongs to, while the token lives and the account may sign in. */
	@Transactional(readOnly = true)
	public Optional<AcademyUser> resolve(String token) {
		Instant now = clock.instant();
		return tokens.findByTokenHash(hash(token))
			.filter(stored -> stored.isValidAt(now))
			.map(stored -> stored.getUser().toAcademyUser(now))
			.filter(user -> user.isEnabled() && user.isAccountNonLocked());
	}

	private static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
