package cn.yrd.academy.identity.web;

import cn.yrd.academy.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginBrowserTests extends BrowserTest {

	@Test
	void studentLogsInAndSeesChineseNavigation() {
		logIn("student1", "academy-demo");
		assertThat(find("#home-heading").getText()).isEqualTo("您好，李明");
		assertThat(find("#role-nav").getText()).contains("首页", "课程", "实训预约", "我的证书");
	}

}
