package cn.yrd.academy.identity.web;

import java.util.List;
import java.util.Locale;

import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

class AdminBrowserTests extends BrowserTest {

	@Test
	void adminCreatesAnOrganizationAndFindsItInTheList() {
		String suffix = TestStudents.uniqueUsername("o").toUpperCase(Locale.ROOT).replace('.', '-');
		String code = "HZ-" + suffix;
		String name = "杭州电子科技大学" + suffix;
		logIn("admin", "academy-demo");
		open("/admin/organizations");
		find("#new-organization").click();

		type("code", code);
		type("nameZh", name);
		type("nameEn", "Hangzhou Dianzi University " + suffix);
		new Select(find("#type")).selectByVisibleText("高校");
		new Select(find("#province")).selectByVisibleText("浙江");
		type("city", "杭州");
		find("#save").click();

		assertThat(find("#flash-saved").getText()).isEqualTo("已保存：" + name);
		WebElement row = find("#organizations").findElements(By.cssSelector("tbody tr"))
			.stream()
			.filter(candidate -> candidate.getText().contains(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError(code + " is not in the list"));
		assertThat(row.getText()).contains(name, "高校", "浙江", "杭州", "正常");
	}

	@Test
	void adminFiltersTheAuditLogBySuccessfulLogins() {
		logIn("admin", "academy-demo");
		open("/admin/audit");

		new Select(find("#type")).selectByVisibleText("登录成功");
		find("main form button[type=submit]").click();

		waitForUrlContaining("type=LOGIN_SUCCEEDED");
		List<WebElement> rows = find("#audit-events").findElements(By.cssSelector("tbody tr"));
		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo("登录成功"));
		assertThat(rows).anySatisfy(row -> assertThat(row.findElements(By.tagName("td")).get(3).getText())
			.isEqualTo("admin"));
		assertThat(new Select(find("#type")).getFirstSelectedOption().getText()).isEqualTo("登录成功");
	}

}
