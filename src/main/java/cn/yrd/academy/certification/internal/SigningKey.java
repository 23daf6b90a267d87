package cn.yrd.academy.certification.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An issuer's signing key: the public JWK in the clear, the private JWK only as vault ciphertext. */
@Entity
@Table(name = "issuer_signing_keys")
class SigningKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_code")
	private String organizationCode;

	private String kid;

	private String algorithm;

	@Column(name = "public_jwk")
	private String publicJwk;

	@Basic(fetch = FetchType.EAGER)
	@Column(name = "sealed_private_key")
	private byte[] sealedPrivateKey;

	@Column(name = "active_slot")
	private String activeSlot;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "retired_at")
	private Instant retiredAt;

	@Version
	private int version;

	protected SigningKey() {
	}

	SigningKey(String organizationCode, String kid, String algorithm, String publicJwk, byte[] sealedPrivateKey,
			Instant createdAt) {
		this.organizationCode = organizationCode;
		this.kid = kid;
		this.algorithm = algorithm;
		this.publicJwk = publicJwk;
		this.sealedPrivateKey = sealedPrivateKey;
		this.activeSlot = organizationCode;
		this.createdAt = createdAt;
	}

	/** Stops signing with this key; it stays published so the credentials it signed keep verifying. */
	void retire(Instant now) {
		if (activeSlot == null) {
			throw new IllegalStateException("Key " + kid + " is already retired");
		}
		activeSlot = null;
		retiredAt = now;
	}

	boolean isActive() {
		return activeSlot != null;
	}

	String organizationCode() {
		return organizationCode;
	}

	String kid() {
		return kid;
	}

	String publicJwk() {
		return publicJwk;
	}

	byte[] sealedPrivateKey() {
		return sealedPrivateKey;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Override
	public String toString() {
		return "SigningKey[" + organizationCode + ", kid=" + kid + (isActive() ? ", active" : ", retired") + "]";
	}

}
