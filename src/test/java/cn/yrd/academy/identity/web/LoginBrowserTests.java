package cn.yrd.academy.identity.web;

import java.util.List;
import java.util.stream.Stream;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class LoginBrowserTests extends BrowserTest {

	private static final List<String> ADMIN_NAVIGATION = List.of("成员单位", "实训基地", "用户", "企业审批", "审计日志");

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Test
	void studentLogsInAndSeesChineseNavigation() {
		logIn("student1", "academy-demo");
		assertThat(find("#home-heading").getText()).isEqualTo("您好，李明");
		assertThat(find("#role-nav").getText()).contains("首页", "课程目录", "我的课程", "实训预约", "我的证书");
	}

	record DemoLogin(String username, String displayName, List<String> navigation) {

		@Override
		public String toString() {
			return username;
		}

	}

	static Stream<DemoLogin> demoLogins() {
		return Stream.of(new DemoLogin("student1", "李明", List.of("首页", "课程目录", "我的课程", "实训预约", "我的证书")),
				new DemoLogin("instructor1", "王芳", List.of("首页", "课程目录", "课程管理", "实训评分")),
				new DemoLogin("labadmin1", "张伟", List.of("首页", "实训设备", "开放时间与维护")),
				new DemoLogin("partner1", "陈静", List.of("首页", "人才搜索", "证书核验")),
				new DemoLogin("admin", "刘洋", ADMIN_NAVIGATION));
	}

	@ParameterizedTest
	@MethodSource("demoLogins")
	void eachDemoRoleSeesItsOwnChineseNavigationAndSignsOut(DemoLogin login) {
		logIn(login.username(), "academy-demo");

		assertThat(find("#home-heading").getText()).isEqualTo("您好，" + login.displayName());
		assertThat(find("#current-user").getText()).isEqualTo(login.displayName());
		String navigation = find("#role-nav").getText();
		assertThat(navigation).contains(login.navigation());
		if (!login.username().equals("admin")) {
			assertThat(navigation).doesNotContain("审计日志", "企业审批", "成员单位");
		}
		if (login.username().equals("labadmin1")) {
			assertThat(find("#my-base").getText()).isEqualTo("上海交通大学闵行工业互联网实训基地");
		}

		find("#logout").click();
		assertThat(find("#login-info").getText()).isEqualTo("您已安全退出。");
		assertThat(browser.findElements(By.id("role-nav"))).isEmpty();
		open("/");
		assertThat(browser.findElements(By.id("current-user"))).isEmpty();
	}

	@Test
	void signedInUserSwitchesToEnglishKeepsItForTheNextLoginAndSwitchesBack() {
		UserAccount student = new TestStudents(registrations, organizations).register("lang");
		logIn(student.getUsername(), TestStudents.PASSWORD);
		assertThat(find("#home-heading").getText()).isEqualTo("您好，" + student.getDisplayName());

		find("#lang-en").click();
		waitForUrlContaining("lang=en");
		assertThat(find("#home-heading").getText()).isEqualTo("Hello, " + student.getDisplayName());
		assertThat(find("#role-nav").getText()).contains("Home", "Catalog", "My courses", "Lab bookings", "My certificates");
		assertThat(find("#logout").getText()).isEqualTo("Sign out");

		find("#logout").click();
		// the sign-out must have landed before the cookies go, or it may still be on its way
		find("#login-info");
		browser.manage().deleteAllCookies();
		logIn(student.getUsername(), TestStudents.PASSWORD);
		assertThat(find("#home-heading").getText()).as("preferred language kept for the next login")
			.isEqualTo("Hello, " + student.getDisplayName());

		find("#lang-zh").click();
		waitForUrlContaining("lang=zh-CN");
		assertThat(find("#home-heading").getText()).isEqualTo("您好，" + student.getDisplayName());
		assertThat(find("#role-nav").getText()).contains("首页", "课程目录", "我的课程", "实训预约", "我的证书");
		assertThat(find("#logout").getText()).isEqualTo("退出登录");
	}

	@Test
	void wrongPasswordShowsAnErrorInChinese() {
		UserAccount student = new TestStudents(registrations, organizations).register("wrongpw");

		logIn(student.getUsername(), "Falsch-2025!");

		assertThat(find("#login-error").getText()).isEqualTo("用户名或密码错误。");
		assertThat(browser.getCurrentUrl()).endsWith("/login?error=bad-credentials");
		assertThat(browser.findElements(By.id("role-nav"))).isEmpty();
	}

}
