package cn.yrd.academy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class BitstringStatusListTests {

	@Test
	void encodingRoundTripsTheSetBits() {
		BitstringStatusList list = BitstringStatusList.empty(BitstringStatusList.DEFAULT_BITS);
		list.set(0);
		list.set(94_567);
		list.set(BitstringStatusList.DEFAULT_BITS - 1);

		String encoded = list.encode();
		BitstringStatusList decoded = BitstringStatusList.decode(encoded);

		assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
		assertThat(decoded).isEqualTo(list);
		assertThat(decoded.isSet(94_567)).isTrue();
		assertThat(decoded.isSet(94_566)).isFalse();
		assertThat(decoded.size()).isEqualTo(131_072);
	}

	@Test
	void indexZeroIsTheLeftmostBitOfTheFirstByte() {
		BitstringStatusList list = BitstringStatusList.empty(16);
		list.set(0);
		list.set(9);

		assertThat(list.toBytes()).containsExactly((byte) 0x80, (byte) 0x40);
	}

	@Test
	void anEmptyListOfTheDefaultSizeIsSmallWhenEncoded() {
		assertThat(BitstringStatusList.empty(BitstringStatusList.DEFAULT_BITS).encode()).hasSizeLessThan(300);
	}

	@Test
	void refusesIndexesOutsideTheList() {
		BitstringStatusList list = BitstringStatusList.empty(8);

		assertThatThrownBy(() -> list.set(8)).isInstanceOf(IndexOutOfBoundsException.class);
		assertThatThrownBy(() -> list.isSet(-1)).isInstanceOf(IndexOutOfBoundsException.class);
	}

	@Test
	void refusesAnEncodedListThatInflatesTooFar() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(new byte[10 * 1024 * 1024]);
		}
		String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());

		assertThatThrownBy(() -> BitstringStatusList.decode(bomb)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> BitstringStatusList.decode("not-multibase")).isInstanceOf(IllegalArgumentException.class);
	}

}
