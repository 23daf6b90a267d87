package cn.yrd.academy.talent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.support.BrowserTest;
import cn.yrd.academy.support.TestStudents;
import cn.yrd.academy.talent.internal.TalentConsent;
import cn.yrd.academy.talent.internal.TalentField;
import cn.yrd.academy.talent.internal.TalentProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The talent pool's promise in one browser: a company searches in Chinese for a skill in a province, opens a
 * consented profile, shortlists it and asks to make contact; the student accepts; the company sees the contact.
 */
class TalentBrowserTests extends BrowserTest {

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private TalentConsent consent;

	@Test
	void aCompanyFindsAStudentAsksToMakeContactAndSeesTheContactOnceAccepted() {
		String token = "hx" + UUID.randomUUID().toString().substring(0, 6);
		String username = new TestStudents(registrations, organizations).register("talent").getUsername();
		AcademyUser student = (AcademyUser) users.loadUserByUsername(username);
		TalentProfile profile = consent.consent(student, EnumSet.allOf(TalentField.class),
				new TalentProfile.Details("熟悉弧焊机器人示教编程，做过焊接工作站调试 " + token, "JS", "南京",
						LocalDate.now().plusMonths(6), true, "希望在江苏从事机器人调试", "talent-" + token + "@example.cn",
						null, List.of("robot-programming")));

		// The company searches in Chinese for the skill in Jiangsu and opens the profile.
		logIn("partner1", "academy-demo");
		find("#nav-talent-search").click();
		type("q", "焊接 " + token);
		new Select(find("#skill")).selectByValue("robot-programming");
		new Select(find("#province")).selectByValue("JS");
		click(find("#talent-search-submit"));
		WebElement result = find("#result-" + profile.getPublicId());
		assertThat(result.getText()).contains(student.displayName(), "南京");
		click(result.findElement(By.cssSelector("h2 a")));
		waitForUrlContaining("/talent/profiles/" + profile.getPublicId());
		assertThat(browser.findElements(By.id("talent-contact-details"))).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain("talent-" + token + "@example.cn");

		// It shortlists the student, then asks to make contact from the profile.
		click(find("#talent-shortlist button"));
		waitForUrlContaining("/partner/shortlists");
		assertThat(find("#flash-message").getText()).isEqualTo("已加入候选名单。");
		assertThat(browser.getPageSource()).contains(student.displayName());
		open("/talent/profiles/" + profile.getPublicId());
		type("message", "您好，我们在南京有机器人调试岗位，想与您聊聊。");
		click(find("#talent-contact-form button"));
		assertThat(find("#flash-message").getText()).isEqualTo("联系请求已发送。");
		assertThat(find("#talent-contact-pending").getText()).contains("等待学员回复");
		find("#logout").click();

		// The student accepts the request.
		logIn(username, TestStudents.PASSWORD);
		open("/talent/requests");
		WebElement request = find("#talent-requests .list-group-item");
		assertThat(request.getText()).contains("您好，我们在南京有机器人调试岗位");
		click(request.findElement(By.cssSelector("button.btn-success")));
		assertThat(find("#flash-message").getText()).isEqualTo("您已接受联系请求，对方现在可以看到您的联系方式。");
		assertThat(find(".requester-contact").getText()).contains("@");
		find("#logout").click();

		// The company now sees the student's contact details on the profile.
		logIn("partner1", "academy-demo");
		open("/talent/profiles/" + profile.getPublicId());
		assertThat(find("#talent-contact-details").getText()).contains(student.displayName(),
				"talent-" + token + "@example.cn");
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

}
