package cn.yrd.academy.certification.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import cn.yrd.academy.certification.CredentialVerifier;
import cn.yrd.academy.shared.secrets.SecretsVault;

/**
 * The issuers' ES256 signing keys. Private keys exist in the clear only in memory while signing; in the
 * database they are vault ciphertext whose purpose names the {@code kid}, so one key's ciphertext cannot be
 * swapped in for another's.
 */
@Component
class IssuerKeyStore implements CredentialVerifier.PublishedKeys {

	private static final String PURPOSE = "credential-signing-key:";

	private final SigningKeyRepository keys;

	private final SecretsVault vault;

	private final Issuers issuers;

	private final Clock clock;

	IssuerKeyStore(SigningKeyRepository keys, SecretsVault vault, Issuers issuers, Clock clock) {
		this.keys = keys;
		this.vault = vault;
		this.issuers = issuers;
		this.clock = clock;
	}

	/** The organization's active private key, made on first use. */
	@Transactional
	ECKey activeKey(String organizationCode) {
		SigningKey key = keys.findByActiveSlot(organizationCode).orElseGet(() -> create(organizationCode));
		return open(key);
	}

	@Transactional
	String rotate(String organizationCode) {
		keys.findByActiveSlot(organizationCode).ifPresent(old -> {
			old.retire(clock.instant());
			keys.saveAndFlush(old);
		});
		return create(organizationCode).kid();
	}

	/** Every active and retired public key of the organization, oldest first. */
	@Transactional(readOnly = true)
	JWKSet published(String organizationCode) {
		List<JWK> published = keys.findByOrganizationCodeOrderByCreatedAtAsc(organizationCode)
			.stream()
			.map(key -> parsePublic(key.publicJwk()))
			.toList();
		return new JWKSet(published);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<JWK> find(String issuerId, String kid) {
		return issuers.codeOf(issuerId)
			.flatMap(code -> keys.findByOrganizationCodeAndKid(code, kid))
			.map(key -> parsePublic(key.publicJwk()));
	}

	private SigningKey create(String organizationCode) {
		issuers.profile(organizationCode);
		String kid = organizationCode + "-" + UUID.randomUUID();
		ECKey generated;
		try {
			generated = new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot make a signing key: " + ex.getClass().getSimpleName());
		}
		byte[] plain = generated.toJSONString().getBytes(StandardCharsets.UTF_8);
		try {
			SigningKey key = new SigningKey(organizationCode, kid, JWSAlgorithm.ES256.getName(),
					generated.toPublicJWK().toJSONString(), vault.encrypt(plain, PURPOSE + kid), clock.instant());
			return keys.saveAndFlush(key);
		}
		finally {
			Arrays.fill(plain, (byte) 0);
		}
	}

	private ECKey open(SigningKey key) {
		byte[] plain = vault.decrypt(key.sealedPrivateKey(), PURPOSE + key.kid());
		try {
			return ECKey.parse(new String(plain, StandardCharsets.UTF_8));
		}
		catch (ParseException ex) {
			// the message would quote the private key
			throw new IllegalStateException("Signing key " + key.kid() + " is unreadable");
		}
		finally {
			Arrays.fill(plain, (byte) 0);
		}
	}

	private static JWK parsePublic(String json) {
		try {
			return JWK.parse(json).toPublicJWK();
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A stored public key is unreadable");
		}
	}

}
