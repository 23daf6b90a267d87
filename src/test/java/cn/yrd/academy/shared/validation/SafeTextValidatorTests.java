package cn.yrd.academy.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextValidatorTests {

	private final SafeTextValidator validator = new SafeTextValidator();

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "张三<b>", "a > b", "<", "上海\u0000交大", "line\nbreak",
			"tab\there", "bell\u0007", "del\u007f", "c1\u0085control" })
	void rejectsMarkupBracketsAndControlCharacters(String value) {
		assertThat(validator.isValid(value, null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "张三", "欧阳娜娜", "上海交通大学", "Shanghai Jiao Tong University", "AT&T 上海分公司",
			"O'Brien-Smith", "浦东新区 张江路 88 号（3 楼）", "Zoë Müller", "𠀀姓" })
	void acceptsOrdinaryNamesAndAddresses(String value) {
		assertThat(validator.isValid(value, null)).isTrue();
	}

	@Test
	void acceptsMissingValueForOtherConstraintsToJudge() {
		assertThat(validator.isValid(null, null)).isTrue();
	}

	@Test
	void acceptsEmptyValueForOtherConstraintsToJudge() {
		assertThat(validator.isValid("", null)).isTrue();
	}

}
