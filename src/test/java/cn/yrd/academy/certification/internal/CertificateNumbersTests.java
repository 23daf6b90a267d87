package cn.yrd.academy.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import cn.yrd.academy.certification.CertificateLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateNumbersTests {

	@Test
	void numbersNameLevelYearAndASixDigitSequence() {
		assertThat(CertificateNumbers.format(CertificateLevel.BEGINNER, 2026, 7)).isEqualTo("YRD-BEG-2026-000007");
		assertThat(CertificateNumbers.format(CertificateLevel.INTERMEDIATE, 2026, 42)).isEqualTo("YRD-INT-2026-000042");
		assertThat(CertificateNumbers.format(CertificateLevel.ADVANCED, 2027, 1_234_567)).isEqualTo("YRD-ADV-2027-1234567");
	}

	@Test
	void everyFormattedNumberIsWellFormed() {
		Arrays.stream(CertificateLevel.values()).forEach(level -> {
			assertThat(CertificateNumbers.isWellFormed(CertificateNumbers.format(level, 2026, 1))).isTrue();
			assertThat(CertificateNumbers.isWellFormed(CertificateNumbers.format(level, 2026, 999_999_999))).isTrue();
		});
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "YRD-XYZ-2026-000001", "yrd-beg-2026-000001", "YRD-BEG-26-000001", "YRD-BEG-2026-00001",
			"YRD-BEG-2026-0000000001", "YRD-BEG-2026-000001/../../etc/passwd", "../YRD-BEG-2026-000001",
			"YRD-BEG-2026-000001%2F..", "YRD-BEG-2026-000001' OR '1'='1", "YRD-BEG-2026-000001;DROP TABLE certificates",
			"YRD-BEG-2026-000001\n", " YRD-BEG-2026-000001", "YRD-BEG-2026-00000１" })
	void rejectsAnythingElse(String text) {
		assertThat(CertificateNumbers.isWellFormed(text)).isFalse();
	}

	@Test
	void rejectsVeryLongInput() {
		assertThat(CertificateNumbers.isWellFormed("YRD-BEG-2026-" + "1".repeat(10_000))).isFalse();
	}

}
