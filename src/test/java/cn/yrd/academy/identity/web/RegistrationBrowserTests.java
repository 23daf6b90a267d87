package cn.yrd.academy.identity.web;

import cn.yrd.academy.identity.internal.UserAccountRepository;
import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationBrowserTests extends BrowserTest {

	@Autowired
	private UserAccountRepository users;

	@Test
	void personRegistersAsStudentOfNingboPolytechnicAndSignsIn() {
		String username = TestStudents.uniqueUsername("web");
		open("/login");
		find("#register-link").click();
		assertThat(find("h1").getText()).isEqualTo("学员注册");

		chooseOrganization("宁波职业技术学院");
		fillIn(username, "孙悦", TestStudents.PASSWORD);
		find("#register-submit").click();

		assertThat(find("#registered").getText()).isEqualTo("注册成功，请使用新账号登录。");
		logIn(username, TestStudents.PASSWORD);
		assertThat(find("#home-heading").getText()).isEqualTo("您好，孙悦");
		assertThat(find("#my-organization").getText()).contains("宁波职业技术学院", "职业院校");
		assertThat(find("#role-nav").getText()).contains("课程", "实训预约", "我的证书");
	}

	@Test
	void weakPasswordIsExplainedNextToTheFieldAndNothingIsStored() {
		String username = TestStudents.uniqueUsername("weak");
		open("/register");

		chooseOrganization("宁波职业技术学院");
		fillIn(username, "钱多多", "qwertyuiop");
		find("#register-submit").click();

		assertThat(find("#password ~ .invalid-feedback").getText()).isEqualTo("密码过于常见或过于简单，请换一个。");
		assertThat(find("#password").getAttribute("class")).contains("is-invalid");
		assertThat(find("#password").getDomProperty("value")).as("the password is not sent back").isEmpty();
		assertThat(find("#username").getDomProperty("value")).isEqualTo(username);
		assertThat(new Select(find("#organizationId")).getFirstSelectedOption().getText()).startsWith("宁波职业技术学院");
		assertThat(users.existsByUsername(username)).isFalse();
	}

	private void chooseOrganization(String name) {
		Select organizations = new Select(find("#organizationId"));
		WebElement option = organizations.getOptions()
			.stream()
			.filter(candidate -> candidate.getText().startsWith(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not offered in the organization list"));
		organizations.selectByValue(option.getDomProperty("value"));
	}

	private void fillIn(String username, String displayName, String password) {
		type("username", username);
		type("displayName", displayName);
		type("email", username + "@example.cn");
		type("password", password);
		type("confirmPassword", password);
	}

}
