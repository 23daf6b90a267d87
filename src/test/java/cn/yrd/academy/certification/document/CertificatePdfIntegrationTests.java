package cn.yrd.academy.certification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.yrd.academy.support.IntegrationTest;

/** The renderer as the application wires it: its template engine, its message bundles, its font setting. */
@IntegrationTest
class CertificatePdfIntegrationTests {

	@Autowired
	private CertificatePdf pdf;

	@Test
	void theApplicationsRendererPrintsBothLanguages() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render(CertificatePdfTests.certificate(null)))) {
			String text = new PDFTextStripper().getText(document);

			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(text).contains("结业证书", "CERTIFICATE", "兹证明", "This is to certify that", "张晓明",
					"2026年3月14日", "14 March 2026", "长期有效", "No expiry");
		}
	}

}
