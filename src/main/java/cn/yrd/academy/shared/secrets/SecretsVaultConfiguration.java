package cn.yrd.academy.shared.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the vault from {@code ACADEMY_SECRETS_KEY} or else the key file. Without a usable key the
 * application does not start: machines could neither be given secrets nor be connected to, and no
 * credential could be signed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecretsProperties.class)
public class SecretsVaultConfiguration {

	public static final String HOW_TO_CREATE = "Create one with: mkdir -p data && head -c 32 /dev/urandom | base64 > "
			+ "data/secrets.key; chmod 600 data/secrets.key (or set ACADEMY_SECRETS_KEY to the base64 of 32 random "
			+ "bytes, or point academy.secrets.key-file at a key file). Keep the key: stored machine secrets and "
			+ "signing keys cannot be read without it.";

	@Bean
	public SecretsVault secretsVault(SecretsProperties properties) {
		return new SecretsVault(key(properties));
	}

	public static byte[] key(SecretsProperties properties) {
		if (properties.key() != null && !properties.key().isBlank()) {
			return decode(properties.key(), "ACADEMY_SECRETS_KEY");
		}
		if (!Files.isRegularFile(properties.keyFile())) {
			throw new IllegalStateException("No secrets key: ACADEMY_SECRETS_KEY is not set and the key file "
					+ properties.keyFile().toAbsolutePath() + " does not exist. " + HOW_TO_CREATE);
		}
		try {
			return decode(Files.readString(properties.keyFile(), StandardCharsets.US_ASCII),
					"key file " + properties.keyFile().toAbsolutePath());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the secrets key file " + properties.keyFile().toAbsolutePath()
					+ ": " + ex.getClass().getSimpleName() + ". " + HOW_TO_CREATE);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getMimeDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The secrets key from " + source + " is not base64. " + HOW_TO_CREATE);
		}
		if (key.length != SecretsVault.KEY_BYTES) {
			throw new IllegalStateException("The secrets key from " + source + " has " + key.length + " bytes, not "
					+ SecretsVault.KEY_BYTES + ". " + HOW_TO_CREATE);
		}
		return key;
	}

}
