package cn.yrd.academy.certification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of credentials and their public verification.
 *
 * @param publicUrl where the platform is reached from outside, without a trailing slash; issuer ids, key sets and
 * status lists are published under it, so it must not change once credentials are out
 * @param verificationsPerMinute how many verifications one client address may ask for per minute
 * @param trackedClients how many client addresses the verification throttle remembers at most
 * @param renewalWindow how long before its end a certificate may be renewed; also when the first expiry notice goes
 * @param lastNotice when the second, last expiry notice goes before the end
 * @param pdfFont the TrueType font (.ttf, or a .ttc collection whose first font is used) that PDF certificates
 * embed; it must cover Chinese, and be TrueType rather than OpenType CFF, which PDFBox cannot subset. Debian's
 * fonts-wqy-microhei provides the default
 */
@ConfigurationProperties("academy.certification")
public record CertificationProperties(@DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("30") int verificationsPerMinute, @DefaultValue("10000") int trackedClients,
		@DefaultValue("90d") Duration renewalWindow, @DefaultValue("30d") Duration lastNotice,
		@DefaultValue(DEFAULT_PDF_FONT) String pdfFont) {

	/** Where Debian's fonts-wqy-microhei puts its font. */
	public static final String DEFAULT_PDF_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

	public CertificationProperties {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	String issuersUrl() {
		return publicUrl + "/issuers/";
	}

}
