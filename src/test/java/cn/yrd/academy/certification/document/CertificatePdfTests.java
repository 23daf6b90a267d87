package cn.yrd.academy.certification.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
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
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
			assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
			// Every text on the page is in the one font, embedded: no base-14 font the reader has to supply.
			assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
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
		CertificateDocument issued = certificate(null);
		CertificateDocument revoked = new CertificateDocument(issued.number(), issued.holderName(),
				issued.achievementName(), issued.levelZh(), issued.levelEn(), issued.issuerName(), issued.issuedOn(),
				issued.validUntil(), issued.skills(), issued.verifyUrl(), "REVOKED");
		try (PDDocument document = Loader.loadPDF(pdf.render(revoked))) {
			assertThat(new PDFTextStripper().getText(document)).contains("已撤销", "Revoked");
		}
		try (PDDocument document = Loader.loadPDF(pdf.render(issued))) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("已撤销", "Revoked");
		}
	}

	@Test
	void longNamesStayOnOnePage() throws Exception {
		CertificateDocument certificate = new CertificateDocument("YRD-ADV-2026-123456",
				"Alexandra Konstantinopoulou-Featherstonehaugh",
				new Bilingual("工业互联网平台边缘计算网关部署、运维与工业控制系统网络安全综合实训",
						"Comprehensive Training in Deploying and Operating Industrial Internet Edge Computing Gateways"
								+ " and Securing Industrial Control System Networks"),
				"高级", "Advanced", new Bilingual("长三角工业互联网人才实训基地集群（上海临港）", "Yangtze River Delta"
						+ " Industrial Internet Talent Training Base Cluster (Shanghai Lingang)"),
				LocalDate.of(2026, 12, 31), LocalDate.of(2031, 12, 30),
				List.of(new Bilingual("边缘网关配置", "Edge gateway configuration"),
						new Bilingual("OPC UA 数据采集", "OPC UA data acquisition"),
						new Bilingual("工控网络安全加固", "ICS network hardening"),
						new Bilingual("Modbus 协议分析", "Modbus protocol analysis"),
						new Bilingual("应急响应", "Incident response")),
				"https://academy.example.cn/verify/YRD-ADV-2026-123456?key=3f9a0c7e", CertificateDocument.ISSUED);
		byte[] bytes = pdf.render(certificate);
		Files.write(Path.of(System.getProperty("java.io.tmpdir"), "certificate-long.pdf"), bytes);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
			ImageIO.write(page, "png", Path.of(System.getProperty("java.io.tmpdir"), "certificate-long.png").toFile());
			assertThat(decodeQrCode(page)).isEqualTo(certificate.verifyUrl());
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
		// The best of five: on a busy machine a single run measures the machine, not the renderer.
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			pdf.render(certificate);
			best = Math.min(best, System.nanoTime() - start);
		}
		long millis = best / 1_000_000;
		System.out.println("CertificatePdf: " + millis + " ms per certificate once warm (best of 5)");
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
				new CertificationProperties("http://localhost:8080", 30, 10000, Duration.ofDays(90),
						Duration.ofDays(30), font));
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		PDResources resources = document.getPage(0).getResources();
		List<PDFont> fonts = new ArrayList<>();
		for (COSName name : resources.getFontNames()) {
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
