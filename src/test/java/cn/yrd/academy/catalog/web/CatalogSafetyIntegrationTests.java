package cn.yrd.academy.catalog.web;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hidden courses stay hidden from other organizations' instructors, only students enroll, and bad
 * requests get an answer rather than a server error.
 */
@IntegrationTest
class CatalogSafetyIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	@Test
	void anotherOrganizationsPrivateCourseIsNotFoundEvenForItsInstructorsEditor() {
		assertThat(mvc.get().uri("/instructor/courses/SHE-ONBOARD-101/edit").with(user(as("instructor1"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/instructor/courses/SHE-ONBOARD-101/publish").with(user(as("instructor1")))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/instructor/courses/PLC-101/edit").with(user(as("admin")))).hasStatus(HttpStatus.OK);
	}

	@Test
	void aVisibleCourseOfAnotherOrganizationIsForbiddenToEdit() {
		assertThat(mvc.get().uri("/instructor/courses/ROBOT-WELD-201/edit").with(user(as("instructor1"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/courses/ROBOT-WELD-201/export").with(user(as("instructor1"))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void onlyStudentsEnroll() {
		assertThat(mvc.post().uri("/courses/PLC-101/enroll").with(user(as("partner1"))).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void enrollingTwiceStaysOneEnrollment() {
		AcademyUser student = as("student1");
		assertThat(mvc.post().uri("/courses/IIOT-PLATFORM-101/enroll").with(user(student)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri("/courses/IIOT-PLATFORM-101/enroll").with(user(student)).with(csrf()))
			.hasStatus(HttpStatus.FOUND).flash().containsEntry("messageKey", "course.alreadyEnrolled");
	}

	@Test
	void aHugePageNumberOrAMissingUnitIsNoServerError() {
		assertThat(mvc.get().uri("/catalog").param("page", "2000000000").with(user(as("student1"))))
			.hasStatus(HttpStatus.OK);
		assertThat(mvc.post().uri("/instructor/courses/PLC-101/edit/modules/99/lessons").param("slug", "x")
			.with(user(as("instructor1"))).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anUploadOverTheLimitGetsTheImportPageWithTheReason() {
		MockMultipartFile zip = new MockMultipartFile("file", "big.zip", "application/zip", new byte[21 * 1024 * 1024]);

		assertThat(mvc.post().uri("/instructor/courses/import").multipart().file(zip).with(user(as("instructor1")))
			.with(csrf())).hasStatus(HttpStatus.OK).bodyText().contains("压缩包超过 20 MB");
	}

	private AcademyUser as(String username) {
		return (AcademyUser) users.loadUserByUsername(username);
	}

}
