package cn.yrd.academy.labs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import cn.yrd.academy.labs.ConnectionDetails;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.shared.secrets.SecretsProperties;
import cn.yrd.academy.shared.secrets.SecretsVault;
import cn.yrd.academy.shared.secrets.SecretsVaultConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabSecretsVaultTests {

	private static final MachineSecrets SECRETS = new MachineSecrets("operator", "Geheim-Passwort-42", "-----BEGIN KEY-----",
			"vnc-pass-9", "LAB", "nla");

	private final SecretsVault vault = new SecretsVault(randomKey());

	@Test
	void roundTripsMachineSecrets() {
		assertThat(MachineSecretsSeal.open(vault, MachineSecretsSeal.seal(vault, SECRETS))).isEqualTo(SECRETS);
	}

	@Test
	void encryptsTheSameSecretsDifferentlyEachTime() {
		byte[] first = MachineSecretsSeal.seal(vault, SECRETS);
		byte[] second = MachineSecretsSeal.seal(vault, SECRETS);

		assertThat(first).isNotEqualTo(second);
		assertThat(first[0]).isEqualTo(SecretsVault.FORMAT_VERSION);
		assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("Geheim-Passwort-42", "operator");
	}

	@Test
	void refusesATamperedCiphertext() {
		byte[] sealed = MachineSecretsSeal.seal(vault, SECRETS);
		sealed[sealed.length - 5] ^= 1;

		assertThatThrownBy(() -> MachineSecretsSeal.open(vault, sealed)).isInstanceOf(SecretsVault.VaultException.class)
			.hasMessageNotContaining("Geheim");
	}

	@Test
	void refusesAnotherKey() {
		byte[] sealed = MachineSecretsSeal.seal(vault, SECRETS);

		assertThatThrownBy(() -> MachineSecretsSeal.open(new SecretsVault(randomKey()), sealed))
			.isInstanceOf(SecretsVault.VaultException.class);
	}

	@Test
	void refusesACiphertextMadeForAnotherPurpose() {
		byte[] sealed = vault.encrypt("x".getBytes(StandardCharsets.UTF_8), "another-purpose");

		assertThatThrownBy(() -> vault.decrypt(sealed, MachineSecretsSeal.MACHINE_SECRETS))
			.isInstanceOf(SecretsVault.VaultException.class);
	}

	@Test
	void refusesAKeyOfTheWrongLength() {
		assertThatThrownBy(() -> new SecretsVault(new byte[16])).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void toStringNeverShowsSecrets() {
		ConnectionDetails details = new ConnectionDetails(7, "127.0.0.1", 5901, "vnc", SECRETS);

		assertThat(SECRETS.toString()).doesNotContain("operator", "Geheim-Passwort-42", "BEGIN", "vnc-pass-9", "LAB", "nla");
		assertThat(details.toString()).contains("127.0.0.1").doesNotContain("Geheim-Passwort-42", "vnc-pass-9");
		assertThat(vault.toString()).doesNotContain("=");
	}

	@Test
	void readsTheKeyFromTheEnvironmentFirstThenTheKeyFile(@TempDir Path dir) throws Exception {
		byte[] key = randomKey();
		Path file = dir.resolve("secrets.key");
		Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");

		assertThat(SecretsVaultConfiguration.key(new SecretsProperties(null, file))).isEqualTo(key);
		byte[] other = randomKey();
		assertThat(SecretsVaultConfiguration.key(new SecretsProperties(Base64.getEncoder().encodeToString(other), file)))
			.isEqualTo(other);
	}

	@Test
	void withoutAKeyStartupFailsAndSaysHowToMakeOne(@TempDir Path dir) {
		assertThatThrownBy(() -> SecretsVaultConfiguration.key(new SecretsProperties(null, dir.resolve("missing.key"))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("head -c 32 /dev/urandom | base64 > data/secrets.key; chmod 600 data/secrets.key");
		assertThatThrownBy(() -> SecretsVaultConfiguration.key(new SecretsProperties("c2hvcnQ=", null)))
			.hasMessageContaining("has 5 bytes, not 32");
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
