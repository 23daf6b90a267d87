package cn.yrd.academy.shared.text;

import java.util.Locale;

/**
 * A text in Chinese and English; pages show the one of the reader's language.
 */
public record Bilingual(String zh, String en) {

	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : zh;
	}

}
