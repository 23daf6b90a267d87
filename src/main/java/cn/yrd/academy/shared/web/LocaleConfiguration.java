package cn.yrd.academy.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English complete: the choice is kept in a cookie and changed with {@code ?lang=en}.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

	public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

	public static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	public static final String COOKIE_NAME = "academy-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE_NAME);
		resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setRejectInvalidCookies(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				Locale locale = supported(value);
				if (locale == null) {
					// ignored by the interceptor: an unsupported language keeps the current one
					throw new IllegalArgumentException("Unsupported language: " + value);
				}
				return locale;
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Pages open in Chinese whatever the browser asks for; API clients may ask for a language with
	 * {@code Accept-Language}, as they keep no cookie.
	 */
	public static Locale defaultLocale(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
			Locale requested = header == null ? null : supported(header.split("[,;]")[0].trim());
			if (requested != null) {
				return requested;
			}
		}
		return DEFAULT_LOCALE;
	}

	/** Maps a requested language tag to a supported locale, or {@code null} for anything else. */
	public static Locale supported(String tag) {
		if (tag == null) {
			return null;
		}
		String normalized = tag.replace('_', '-').toLowerCase(Locale.ROOT);
		if (normalized.startsWith("zh")) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		if (normalized.startsWith("en")) {
			return Locale.ENGLISH;
		}
		return null;
	}

}
