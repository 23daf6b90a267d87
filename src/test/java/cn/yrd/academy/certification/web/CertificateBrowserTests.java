package cn.yrd.academy.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.TestStudents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole promise in one browser: an instructor's passing grade earns the student a certificate, the student
 * downloads it as a PDF, and a visitor without an account checks it on the verification page.
 */
class CertificateBrowserTests extends BrowserTest {

	@Autowired
	private CoursePackages packages;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private Definitions definitions;

	@Autowired
	private LabSubmissions submissions;

	@Autowired
	private CertificateAwards awards;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@TempDir
	Path downloads;

	@Test
	void aGradedLabEarnsACertificateThatTheStudentDownloadsAndAVisitorVerifies() throws IOException {
		CertificationFixture fixture = new CertificationFixture(packages, enrollments, definitions, submissions,
				awards, users, registrations, organizations);
		String course = fixture.course();
		fixture.definition(course, "PLC 入门实操证书", "PLC Hands-on Certificate", false);
		AcademyUser student = fixture.enrolledStudent(course);

		// The student hands in the lab.
		logIn(student.getUsername(), TestStudents.PASSWORD);
		open("/learning/submissions/new?course=" + course + "&lab=" + CertificationFixture.LAB);
		type("notes", "启保停程序已在 PLC 上运行。");
		click(find("#submit-lab"));
		waitForUrlMatching(".*/learning/submissions/\\d+.*");
		String id = browser.getCurrentUrl().replaceAll(".*/learning/submissions/(\\d+).*", "$1");
		find("#logout").click();

		// The course's instructor grades it a pass.
		logIn("instructor1", "academy-demo");
		find("#nav-grading").click();
		click(find("#queued-" + id + " a"));
		waitForUrlContaining("/learning/grading/" + id);
		type("points-0", "90");
		type("comment", "程序正确。");
		click(find("#save-grade"));
		waitForUrlContaining("/learning/grading");
		assertThat(find("#flash-message").getText()).isEqualTo("评分已保存：90 分，通过。");
		find("#logout").click();

		// The student finds the certificate under My certificates and downloads the PDF.
		logIn(student.getUsername(), TestStudents.PASSWORD);
		open("/certificates");
		WebElement card = find("[id^='certificate-YRD-BEG-']");
		String number = card.findElement(By.cssSelector(".certificate-number")).getText();
		assertThat(card.getText()).contains("PLC 入门实操证书", "有效");
		((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		click(card.findElement(By.linkText("下载 PDF")));
		Path pdf = downloads.resolve(number + ".pdf");
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> Files.isRegularFile(pdf)
				&& !Files.exists(downloads.resolve(number + ".pdf.crdownload")));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains(student.displayName(), number,
					"PLC 入门实操证书");
		}
		String verifyPage = card.findElement(By.linkText("验证页面")).getAttribute("href");
		find("#logout").click();

		// A visitor without an account opens the verification page and sees a valid certificate.
		browser.manage().deleteAllCookies();
		browser.get(verifyPage);
		assertThat(find("#verdict").getAttribute("data-verdict")).isEqualTo("valid");
		assertThat(find("#verdict").getText()).contains("有效");
		assertThat(find("#holder-name").getText()).isEqualTo(student.displayName());
		assertThat(find("#certificate-number").getText()).isEqualTo(number);
		assertThat(browser.findElements(By.id("logout"))).isEmpty();
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

}
