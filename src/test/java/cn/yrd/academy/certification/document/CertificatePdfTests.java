package cn.yrd.academy.certification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import cn.yrd.academy.certification.internal.CertificationProperties;
import cn.yrd.academy.shared.text.Bilingual;

class CertificatePdfTests {

	private static final String VERIFY_URL = "https://academy.example.cn/verify/YRD-INT-2026-000042";

	private final CertificatePdf pdf = renderer(CertificationProperties.DEFAULT_PDF_FONT);

	@Test
	void printsChineseAndEnglishAsRealText() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render(certificate(LocalDate.of(2029, 3, 13))))) {
			String text = new PDFTextStripper().getText(document);

			assertThat(text).contains("张晓明", "工业机器人操作与编程", "Industrial Robot Operation and Programming",
					"YRD-INT-2026-000042", "2026年3月14日", "14 March 2026", "2029年3月13日", "13 March 2029",
					"结业证书", "中级", "Intermediate", "长三角工业互联网实训基地", "PLC 编程", "Scan or visit to verify",
					"扫码或访问此网址验证", VERIFY_URL);
			assertThat(text).doesNotContain("长期有效");
		}
	}

	@Test
	void printsNoExpiryWhenTheCertificateDoesNotExpire() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render(certificate(null)))) {
			assertThat(new PDFTextStripper().getText(document)).contains("长期有效", "No expiry");
		}
	}

	@Test
	void isOneLandscapeA4PageWithTheChineseFontEmbeddedAsASubset() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render(certificate(null)))) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
			assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
			List<PDFont> fonts = fonts(document);
			assertThat(fonts).anySatisfy(font -> {
				// A subset's name carries a six-letter tag: ABCDEF+WenQuanYiMicroHei.
				assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
				assertThat(font.isEmbedded()).isTrue();
			});
		}
	}

	@Test
	void qrCodeOnThePageLeadsToTheVerificationPage() throws Exception {
		byte[] bytes = pdf.render(certificate(null));
		Files.write(Path.of(System.getProperty("java.io.tmpdir"), "certificate-sample.pdf"), bytes);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
			ImageIO.write(page, "png", Path.of(System.getProperty("java.io.tmpdir"), "certificate-sample.png").toFile());

			assertThat(decodeQrCode(page)).isEqualTo(VERIFY_URL);
		}
	}

	@Test
	void printsARevokedCertificateAsRevoked() throws IOException {
		CertificateDocument revoked = certificate(null);
		revoked = new CertificateDocument(revoked.number(), revoked.holderName(), revoked.achievementName(),
				revoked.levelZh(), revoked.levelEn(), revoked.issuerName(), revoked.issuedOn(), revoked.validUntil(),
				revoked.skills(), revoked.verifyUrl(), "REVOKED");
		try (PDDocument document = Loader.loadPDF(pdf.render(revoked))) {
			assertThat(new PDFTextStripper().getText(document)).contains("已撤销", "Revoked");
		}
		try (PDDocument document = Loader.loadPDF(pdf.render(certificate(null)))) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("已撤销", "Revoked");
		}
	}

	@Test
	void missingFontIsExplainedWithTheSettingAndThePackage() {
		CertificatePdf withoutFont = renderer("/nonexistent/fonts/wqy-microhei.ttc");

		assertThatIllegalStateException().isThrownBy(() -> withoutFont.render(certificate(null)))
			.withMessageContaining("/nonexistent/fonts/wqy-microhei.ttc")
			.withMessageContaining("academy.certification.pdf-font")
			.withMessageContaining("install the Debian package fonts-wqy-microhei")
			.withMessageContaining("bin/academy test and bin/academy lab install do");
	}

	@Test
	void rendersWellUnderASecondOnceWarm() {
		CertificateDocument certificate = certificate(null);
		pdf.render(certificate);
		long start = System.nanoTime();
		for (int i = 0; i < 5; i++) {
			pdf.render(certificate);
		}
		long millis = (System.nanoTime() - start) / 5 / 1_000_000;
		System.out.println("CertificatePdf: " + millis + " ms per certificate once warm");
		assertThat(millis).isLessThan(1000);
	}

	static CertificateDocument certificate(LocalDate validUntil) {
		return new CertificateDocument("YRD-INT-2026-000042", "张晓明",
				new Bilingual("工业机器人操作与编程", "Industrial Robot Operation and Programming"), "中级", "Intermediate",
				new Bilingual("长三角工业互联网实训基地", "Yangtze River Delta Industrial Internet Training Base"),
				LocalDate.of(2026, 3, 14), validUntil,
				List.of(new Bilingual("PLC 编程", "PLC programming"), new Bilingual("机器人示教", "Robot teaching"),
						new Bilingual("安全操作规程", "Safe operating procedures")),
				VERIFY_URL, CertificateDocument.ISSUED);
	}

	private static CertificatePdf renderer(String font) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine templates = new SpringTemplateEngine();
		templates.setTemplateResolver(resolver);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new CertificatePdf(templates, messages,
				new CertificationProperties("http://localhost:8080", 30, 10000, font));
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		var resources = document.getPage(0).getResources();
		List<PDFont> fonts = new java.util.ArrayList<>();
		for (var name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		return fonts;
	}

	private static String decodeQrCode(BufferedImage image) throws NotFoundException {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new MultiFormatReader()
			.decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
					DecodeHintType.TRY_HARDER, Boolean.TRUE))
			.getText();
	}

}
