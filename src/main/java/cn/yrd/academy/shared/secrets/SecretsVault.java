package cn.yrd.academy.shared.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;


/**
 * Encrypts small secrets with AES-256-GCM: {@code version byte | 12-byte random IV | ciphertext and 128-bit
 * tag}. Any module may use it for its own secrets (lab machine credentials, credential signing keys). The purpose is authenticated as additional data, so a ciphertext made for one purpose cannot be
 * passed off as another. Failures say nothing about the plaintext or the key.
 */
public final class SecretsVault {

	/** The first byte of every ciphertext. */
	public static final byte FORMAT_VERSION = 1;

	/** Length of the AES-256 key. */
	public static final int KEY_BYTES = 32;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	public SecretsVault(byte[] key) {
		if (key == null || key.length != KEY_BYTES) {
			throw new IllegalArgumentException("The secrets key must be " + KEY_BYTES + " bytes");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	public byte[] encrypt(byte[] plaintext, String purpose) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(aad(purpose));
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT_VERSION).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("Encryption failed: " + ex.getClass().getSimpleName());
		}
	}

	public byte[] decrypt(byte[] ciphertext, String purpose) {
		if (ciphertext == null || ciphertext.length < 1 + IV_BYTES + TAG_BITS / 8 || ciphertext[0] != FORMAT_VERSION) {
			throw new VaultException("Not a ciphertext of this vault");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 1, IV_BYTES));
			cipher.updateAAD(aad(purpose));
			return cipher.doFinal(ciphertext, 1 + IV_BYTES, ciphertext.length - 1 - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			// The tag check failed: another key, another purpose, or changed bytes. No detail helps an attacker.
			throw new VaultException("Decryption failed: wrong key, wrong purpose or tampered ciphertext");
		}
	}

	private static byte[] aad(String purpose) {
		return purpose.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "SecretsVault[AES-256-GCM]";
	}

	/** The vault could not do its work; the message never contains secret material. */
	public static final class VaultException extends RuntimeException {

		public VaultException(String message) {
			super(message);
		}

	}

}
