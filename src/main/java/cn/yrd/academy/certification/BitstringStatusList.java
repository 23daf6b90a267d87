package cn.yrd.academy.certification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List: bit {@code i} set means the credential with status index {@code i} is revoked.
 * Index 0 is the most significant bit of the first byte. The encoded form is GZIP, then base64url without padding,
 * with the multibase prefix {@code u}, as {@code encodedList} of a status list credential.
 */
public final class BitstringStatusList {

	/** 16 KiB: the minimum size the specification asks for, so a holder cannot be told apart by a short list. */
	public static final int DEFAULT_BITS = 131_072;

	private static final int MAX_BYTES = 16 * DEFAULT_BITS / 8;

	private final byte[] bits;

	private BitstringStatusList(byte[] bits) {
		this.bits = bits;
	}

	public static BitstringStatusList empty(int size) {
		if (size <= 0 || size % 8 != 0 || size / 8 > MAX_BYTES) {
			throw new IllegalArgumentException("A status list has a positive multiple of 8 bits, at most " + MAX_BYTES * 8);
		}
		return new BitstringStatusList(new byte[size / 8]);
	}

	public static BitstringStatusList fromBytes(byte[] raw) {
		if (raw == null || raw.length == 0 || raw.length > MAX_BYTES) {
			throw new IllegalArgumentException("Not a status list");
		}
		return new BitstringStatusList(raw.clone());
	}

	/** Reads an {@code encodedList}; a bomb that inflates past the maximum size is refused. */
	public static BitstringStatusList decode(String encodedList) {
		if (encodedList == null || !encodedList.startsWith("u")) {
			throw new IllegalArgumentException("An encoded list starts with the multibase prefix u");
		}
		byte[] gzipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			byte[] raw = in.readNBytes(MAX_BYTES + 1);
			return fromBytes(raw);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The encoded list is not GZIP data");
		}
	}

	public int size() {
		return bits.length * 8;
	}

	public boolean isSet(int index) {
		check(index);
		return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
	}

	public void set(int index) {
		check(index);
		bits[index / 8] |= (byte) (0x80 >>> (index % 8));
	}

	public byte[] toBytes() {
		return bits.clone();
	}

	public String encode() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
	}

	private void check(int index) {
		if (index < 0 || index >= size()) {
			throw new IndexOutOfBoundsException("Status index " + index + " is outside the list of " + size());
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BitstringStatusList list && Arrays.equals(bits, list.bits);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(bits);
	}

}
