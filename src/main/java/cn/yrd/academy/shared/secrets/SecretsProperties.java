package cn.yrd.academy.shared.secrets;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key of the secrets vault comes from.
 *
 * @param key base64 of 32 random bytes; set it as the environment variable {@code ACADEMY_SECRETS_KEY}.
 * Takes precedence over the key file.
 * @param keyFile a file holding the base64 key, readable only by the application's user
 */
@ConfigurationProperties("academy.secrets")
public record SecretsProperties(String key, Path keyFile) {

	public SecretsProperties {
		keyFile = keyFile == null ? Path.of("data/secrets.key") : keyFile;
	}

	@Override
	public String toString() {
		return "SecretsProperties[key=" + (key == null ? "unset" : "***") + ", keyFile=" + keyFile + "]";
	}

}
