package cn.yrd.academy.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A bearer token for scripts. Only the SHA-256 of the token is stored.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_hash")
	private String tokenHash;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private UserAccount user;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	protected ApiToken() {
	}

	public ApiToken(String tokenHash, UserAccount user, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.user = user;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean isValidAt(Instant now) {
		return expiresAt.isAfter(now);
	}

	public UserAccount getUser() {
		return user;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

}
