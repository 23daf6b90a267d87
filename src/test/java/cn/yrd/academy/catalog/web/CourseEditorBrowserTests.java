package cn.yrd.academy.catalog.web;

import java.time.Duration;
import java.util.UUID;

import cn.yrd.academy.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

class CourseEditorBrowserTests extends BrowserTest {

	@Test
	void anInstructorWritesACourseWithALessonAndALabPublishesItAndAStudentFindsIt() {
		String code = "TWIN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		logIn("instructor1", "academy-demo");
		open("/instructor/courses/new");
		type("code", code);
		type("titleZh", "产线数字孪生建模入门");
		type("titleEn", "Digital Twins of Production Lines");
		type("summaryZh", "用数字孪生描述一条装配产线。");
		type("summaryEn", "Describing an assembly line as a digital twin.");
		new Select(find("#skills")).selectByValue("digital-twin");
		type("moduleSlug", "basics");
		type("moduleTitleZh", "孪生基础");
		type("moduleTitleEn", "Twin basics");
		type("lesson-slug", "what-is-a-twin");
		type("lesson-titleZh", "什么是数字孪生");
		type("lesson-titleEn", "What a digital twin is");
		type("lesson-body", "## 孪生体的三要素\n\n物理实体、虚拟模型与<script>alert(1)</script>数据连接。");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "孪生体的三要素"));
		assertThat(find("#preview").getText()).contains("<script>alert(1)</script>");
		find("#create-course").click();

		assertThat(find("#draft-status").getText()).contains("草稿");
		browser.findElements(By.xpath("//summary[text()='添加实训项目']")).get(0).click();
		type("lab-slug-0", "twin-of-a-conveyor");
		type("lab-titleZh-0", "传送带孪生体");
		type("lab-titleEn-0", "A conveyor's twin");
		new Select(find("#lab-image-0")).selectByValue("iiot-edge-gateway");
		type("lab-checklist-0", "100 | 模型与实物同步 | Model follows the conveyor");
		type("lab-instructions-0", "连接网关，读取传送带速度并驱动模型。");
		browser.findElement(By.id("lab-instructions-0")).submit();
		assertThat(find("#flash-message").getText()).isEqualTo("已保存到草稿。");
		find("#publish").click();
		assertThat(find("#course-title").getText()).isEqualTo("产线数字孪生建模入门");
		find("#logout").click();

		logIn("student1", "academy-demo");
		open("/catalog");
		type("q", "数字孪生建模");
		find("#search-submit").click();
		find("#courses").findElement(By.linkText("产线数字孪生建模入门")).click();
		assertThat(find("#modules").getText()).contains("什么是数字孪生", "传送带孪生体");
		find("#enroll").click();
		find(".lesson-link").click();
		assertThat(find("#lesson-body").getText()).contains("物理实体、虚拟模型与<script>alert(1)</script>数据连接。");
	}

}
