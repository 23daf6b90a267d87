package cn.yrd.academy.certification.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.yrd.academy.certification.internal.CertificationProperties;

/**
 * Prints a certificate as a one-page landscape A4 PDF, in Chinese and English at once: template
 * {@code certification/pdf.html} rendered by Thymeleaf, laid out by openhtmltopdf, with the configured CJK
 * font embedded as a subset so every text stays real, searchable text, and a QR code of the verification URL.
 */
@Component
public class CertificatePdf {

	static final String TEMPLATE = "certification/pdf";

	static final String FONT_FAMILY = "certificate-cjk";

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final Locale EN = Locale.ENGLISH;

	/** The page's fixed texts, looked up in both languages; the last part of each key names it in the template. */
	private static final List<String> LABELS = List.of("app.name", "certificate.pdf.title", "certificate.pdf.certify",
			"certificate.pdf.completed", "certificate.pdf.level", "certificate.pdf.skills", "certificate.pdf.issuer",
			"certificate.pdf.number", "certificate.pdf.issuedOn", "certificate.pdf.validUntil",
			"certificate.pdf.noExpiry", "certificate.pdf.verify", "certificate.pdf.datePattern");

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PdfFont font;

	public CertificatePdf(ITemplateEngine templates, MessageSource messages, CertificationProperties properties) {
		this.templates = templates;
		this.messages = messages;
		this.font = new PdfFont(properties.pdfFont());
	}

	public byte[] render(CertificateDocument certificate) {
		String html = templates.process(TEMPLATE, context(certificate));
		org.w3c.dom.Document dom = W3CDom.convert(Jsoup.parse(html));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument(); PdfFont.Opened cjk = font.openFor(document)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(cjk.font()), FONT_FAMILY);
			builder.withW3cDocument(dom, null);
			builder.withProducer(messages.getMessage("app.name", null, EN));
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot print certificate " + certificate.number(), ex);
		}
		return pdf.toByteArray();
	}

	private Context context(CertificateDocument certificate) {
		Map<String, String> zh = labels(ZH);
		Map<String, String> en = labels(EN);
		Context context = new Context(ZH);
		context.setVariable("certificate", certificate);
		context.setVariable("zh", zh);
		context.setVariable("en", en);
		context.setVariable("issuedOnZh", date(certificate.issuedOn(), zh, ZH));
		context.setVariable("issuedOnEn", date(certificate.issuedOn(), en, EN));
		context.setVariable("validUntilZh", date(certificate.validUntil(), zh, ZH));
		context.setVariable("validUntilEn", date(certificate.validUntil(), en, EN));
		context.setVariable("qrCode", QrCode.pngDataUri(certificate.verifyUrl()));
		if (!certificate.inForce()) {
			context.setVariable("statusZh", status(certificate.status(), ZH));
			context.setVariable("statusEn", status(certificate.status(), EN));
		}
		return context;
	}

	private Map<String, String> labels(Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		LABELS.forEach(key -> labels.put(key.substring(key.lastIndexOf('.') + 1),
				messages.getMessage(key, null, locale)));
		return labels;
	}

	private static String date(LocalDate date, Map<String, String> labels, Locale locale) {
		return date == null ? labels.get("noExpiry")
				: DateTimeFormatter.ofPattern(labels.get("datePattern"), locale).format(date);
	}

	/** Revoked and expired have their words; any other status the caller may use is printed as it is. */
	private String status(String status, Locale locale) {
		return messages.getMessage("certificate.pdf.status." + status, null, status, locale);
	}

}
