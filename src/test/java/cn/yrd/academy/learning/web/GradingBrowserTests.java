package cn.yrd.academy.learning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

class GradingBrowserTests extends BrowserTest {

	private static final String COURSE = "PLC-101";

	private static final String LAB = "traffic-light-sequence";

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@TempDir
	Path folder;

	@Test
	void aStudentSubmitsAnInstructorGradesItAndTheStudentSeesThePass() throws IOException {
		String student = new TestStudents(registrations, organizations).register("grading").getUsername();
		Path record = Files.writeString(folder.resolve("测试记录.txt"), "绿灯 25 s，黄灯 3 s，全红 2 s。", StandardCharsets.UTF_8);

		// The student enrolls, goes from the course page to the submission form and hands in notes and a file.
		logIn(student, TestStudents.PASSWORD);
		open("/courses/" + COURSE);
		find("#enroll").click();
		assertThat(find("#enrolled-status").getText()).isEqualTo("您已选修本课程");
		click(find(".submit-lab[href*='lab=" + LAB + "']"));
		waitForUrlContaining("/learning/submissions/new");
		assertThat(find("#lab-title").getText()).isEqualTo("交通灯顺序控制（TON 定时器）");
		type("notes", "六步时序已验证。");
		find("#files").sendKeys(record.toAbsolutePath().toString());
		click(find("#submit-lab"));
		waitForUrlMatching(".*/learning/submissions/\\d+.*");
		assertThat(find("#flash-message").getText()).isEqualTo("已提交第 1 次尝试，等待教师评分。");
		assertThat(find("#submission-status").getText()).isEqualTo("待评分");
		String id = browser.getCurrentUrl().replaceAll(".*/learning/submissions/(\\d+).*", "$1");
		find("#logout").click();

		// The course's instructor finds it in the grading queue and scores every checklist item.
		logIn("instructor1", "academy-demo");
		find("#nav-grading").click();
		click(find("#queued-" + id + " a"));
		waitForUrlContaining("/learning/grading/" + id);
		assertThat(find("#submission-notes").getText()).isEqualTo("六步时序已验证。");
		assertThat(find("#submission-files").getText()).contains("测试记录.txt");
		List<Integer> points = List.of(30, 20, 10, 10, 5, 5);
		for (int i = 0; i < points.size(); i++) {
			type("points-" + i, points.get(i).toString());
		}
		type("comment", "时序正确，注释可再完善。");
		click(find("#save-grade"));
		waitForUrlContaining("/learning/grading");
		assertThat(find("#flash-message").getText()).isEqualTo("评分已保存：80 分，通过。");
		assertThat(browser.findElements(By.id("queued-" + id))).isEmpty();
		find("#logout").click();

		// The student sees the result among their submissions.
		logIn(student, TestStudents.PASSWORD);
		open("/learning/submissions");
		click(find("#submission-" + id + " a"));
		assertThat(find("#result-badge").getText()).isEqualTo("通过");
		assertThat(find("#result-summary").getText()).isEqualTo("得分 80，及格线 60。");
		assertThat(find("#grade-comment").getText()).isEqualTo("时序正确，注释可再完善。");
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

}
