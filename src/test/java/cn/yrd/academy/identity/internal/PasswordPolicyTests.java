package cn.yrd.academy.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	@Test
	void acceptsLongVariedPasswordUnrelatedToUsername() {
		assertThat(PasswordPolicy.violation("zhangsan", "Kiln-Orbit-42")).isEmpty();
	}

	@Test
	void rejectsPasswordShorterThanTenCharacters() {
		assertThat(PasswordPolicy.violation("zhangsan", "Kiln-Orb9")).contains("password.tooShort");
	}

	@Test
	void acceptsPasswordOfExactlyTenCharacters() {
		assertThat(PasswordPolicy.violation("zhangsan", "Kiln-Orb9!")).isEmpty();
	}

	@Test
	void rejectsMissingPasswordAsTooShort() {
		assertThat(PasswordPolicy.violation("zhangsan", null)).contains("password.tooShort");
	}

	@Test
	void countsChinesePasswordByCharactersNotBytes() {
		// ten characters are 30 bytes in UTF-8: long enough
		assertThat(PasswordPolicy.violation("zhangsan", "长三角工业互联网实训")).isEmpty();
		// nine characters are 27 bytes: still too short
		assertThat(PasswordPolicy.violation("zhangsan", "长三角工业互联网实")).contains("password.tooShort");
	}

	@Test
	void countsCharactersOutsideTheBasicPlaneOnce() {
		// six emoji are twelve UTF-16 chars but only six characters
		assertThat(PasswordPolicy.violation("zhangsan", "🔧🔩🏭🤖🚀🔋")).contains("password.tooShort");
	}

	@Test
	void rejectsPasswordLongerThanSeventyTwoBytes() {
		assertThat(PasswordPolicy.violation("zhangsan", "Kiln-Orbit-42".repeat(6))).contains("password.tooLong");
	}

	@Test
	void measuresMaximumLengthInUtf8Bytes() {
		// 24 Chinese characters are exactly 72 bytes, 25 are 75: BCrypt would cut the 25th
		String twentyFour = "长三角工业互联网人才实训基地集群工赋学院上海江苏";
		assertThat(twentyFour.codePointCount(0, twentyFour.length())).isEqualTo(24);
		assertThat(PasswordPolicy.violation("zhangsan", twentyFour)).isEmpty();
		assertThat(PasswordPolicy.violation("zhangsan", twentyFour + "浙")).contains("password.tooLong");
	}

	@Test
	void rejectsPasswordContainingUsername() {
		assertThat(PasswordPolicy.violation("zhangsan", "zhangsan-2025!")).contains("password.containsUsername");
	}

	@Test
	void rejectsPasswordContainingUsernameInOtherCase() {
		assertThat(PasswordPolicy.violation("zhangsan", "My-ZhangSan-Key")).contains("password.containsUsername");
		assertThat(PasswordPolicy.violation("ZhangSan", "my-zhangsan-key")).contains("password.containsUsername");
	}

	@Test
	void ignoresUsernameWhenNoneIsGiven() {
		assertThat(PasswordPolicy.violation(null, "Kiln-Orbit-42")).isEmpty();
		assertThat(PasswordPolicy.violation(" ", "Kiln-Orbit-42")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "password123", "qwertyuiop", "woaini1314", "Password123", "QWERTYUIOP" })
	void rejectsCommonPassword(String password) {
		assertThat(PasswordPolicy.violation("zhangsan", password)).contains("password.tooCommon");
	}

	@ParameterizedTest
	@ValueSource(strings = { "academy-demo", "Academy-Demo", "ACADEMY-DEMO" })
	void rejectsTheDemoPasswordForNewAccounts(String password) {
		assertThat(PasswordPolicy.violation("zhangsan", password)).contains("password.tooCommon");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ababababab", "abcabcabca", "1112223331", "长长长三三三角角角长" })
	void rejectsPasswordWithFewerThanFourDistinctCharacters(String password) {
		assertThat(PasswordPolicy.violation("zhangsan", password)).contains("password.tooCommon");
	}

	@Test
	void acceptsPasswordWithFourDistinctCharacters() {
		assertThat(PasswordPolicy.violation("zhangsan", "abcdabcdab")).isEmpty();
	}

	@Test
	void countsDistinctCharactersOutsideTheBasicPlaneAsWholeCharacters() {
		// three different emoji are three characters but five different UTF-16 chars
		assertThat(PasswordPolicy.violation("zhangsan", "🔧🔩🤖🔧🔩🤖🔧🔩🤖🔧")).contains("password.tooCommon");
	}

}
