package cn.yrd.academy.catalog.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.TestCourses;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogBrowserTests extends BrowserTest {

	@Test
	void aStudentOfAnotherOrganizationFindsAnInstructorsNewCourseEnrollsAndStudies() throws IOException {
		String code = "WELD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Path zip = Files.createTempFile("course", ".zip");
		Files.write(zip, TestCourses.zip(TestCourses.course(code, "TONGJI", Visibility.CLUSTER, "焊缝视觉检测实践",
				"Weld Seam Vision Inspection", List.of("camera-setup", "defect-classes"), "焊缝缺陷分为气孔、咬边和未熔合。")));

		logIn("instructor1", "academy-demo");
		open("/instructor/courses/import");
		browser.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
		find("#import-submit").click();
		assertThat(find("#import-ok").getText()).contains(code);
		find("#logout").click();

		logIn("student1", "academy-demo");
		open("/catalog");
		type("q", "焊缝视觉检测");
		find("#search-submit").click();
		find("#courses").findElement(By.linkText("焊缝视觉检测实践")).click();
		assertThat(find("#course-title").getText()).isEqualTo("焊缝视觉检测实践");
		assertThat(find("#course-owner").getText()).contains("同济大学");
		find("#enroll").click();
		assertThat(find("#enrolled-status").getText()).isEqualTo("您已选修本课程");
		browser.findElements(By.cssSelector(".lesson-link")).get(0).click();
		assertThat(find("#lesson-title").getText()).isEqualTo("课时 camera-setup");
		assertThat(find("#lesson-body").getText()).contains("焊缝缺陷分为气孔、咬边和未熔合。");
		find("#mark-done").click();
		assertThat(find("#lesson-title").getText()).isEqualTo("课时 defect-classes");
		open("/my/courses");
		assertThat(find("#my-courses").getText()).contains("焊缝视觉检测实践", "已完成 1 / 2 课时");
	}

	@Test
	void aCourseForAnotherOrganizationOnlyNeverAppearsForAStudent() {
		logIn("student1", "academy-demo");
		open("/catalog?q=" + "上海电气新员工");
		assertThat(find("#result-count").getText()).isEqualTo("共 0 门课程");
		assertThat(find("#catalog-empty").getText()).contains("没有找到与“上海电气新员工”相关的课程");
		open("/courses/SHE-ONBOARD-101");
		assertThat(find("#error-page").getText()).contains("页面不存在");
	}

}
