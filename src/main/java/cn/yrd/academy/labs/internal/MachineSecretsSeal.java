package cn.yrd.academy.labs.internal;

import java.util.Arrays;

import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.shared.secrets.SecretsVault;
import cn.yrd.academy.shared.secrets.SecretsVault.VaultException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Seals a machine's connection secrets with the shared vault, under the purpose of machine secrets only. */
final class MachineSecretsSeal {

	/** Additional authenticated data of a machine's connection secrets. */
	static final String MACHINE_SECRETS = "lab-machine-secrets";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MachineSecretsSeal() {
	}

	static byte[] seal(SecretsVault vault, MachineSecrets secrets) {
		byte[] json = JSON.writeValueAsBytes(secrets);
		try {
			return vault.encrypt(json, MACHINE_SECRETS);
		}
		finally {
			Arrays.fill(json, (byte) 0);
		}
	}

	static MachineSecrets open(SecretsVault vault, byte[] ciphertext) {
		byte[] json = vault.decrypt(ciphertext, MACHINE_SECRETS);
		try {
			return JSON.readValue(json, MachineSecrets.class);
		}
		catch (JacksonException ex) {
			// Jackson quotes the input in its messages; that input is the plaintext.
			throw new VaultException("Decrypted secrets are not readable");
		}
		finally {
			Arrays.fill(json, (byte) 0);
		}
	}

}
