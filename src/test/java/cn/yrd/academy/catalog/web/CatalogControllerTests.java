package cn.yrd.academy.catalog.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.catalog.internal.CatalogSearch;
import cn.yrd.academy.catalog.internal.CourseEditor;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.CourseViews;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.ApiTokens;
import cn.yrd.academy.identity.internal.LoginStatus;
import cn.yrd.academy.identity.web.SliceSecurity;
import cn.yrd.academy.labs.LabImages;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may import, publish and export courses; the catalog itself is for everyone signed in.
 */
@WebMvcTest(controllers = { CatalogController.class, CourseController.class, CourseImportController.class,
		MyCoursesController.class, CourseEditorController.class }, properties = "academy.database.embedded.enabled=false")
@SliceSecurity
class CatalogControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CatalogSearch search;

	@MockitoBean
	private CourseViews views;

	@MockitoBean
	private Enrollments enrollments;

	@MockitoBean
	private CoursePackages packages;

	@MockitoBean
	private Organizations organizations;

	@MockitoBean
	private SkillTaxonomy skills;

	@MockitoBean
	private CourseEditor editor;

	@MockitoBean
	private LabImages labImages;

	@MockitoBean
	private Markdown markdown;

	@MockitoBean
	private ApiTokens apiTokens;

	@MockitoBean
	private LoginStatus loginStatus;

	@MockitoBean
	private UserDetailsService userDetailsService;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "STUDENT", "LAB_ADMIN", "PARTNER" })
	void onlyInstructorsAndClusterAdminsMayImport(Role role) {
		MockMultipartFile zip = new MockMultipartFile("file", "c.zip", "application/zip", new byte[] { 1 });

		assertThat(mvc.get().uri("/instructor/courses/import").with(user(as(role)))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/instructor/courses/import").multipart().file(zip).with(user(as(role))).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(packages, never()).importPackage(any(), any(), anyBoolean());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "STUDENT", "LAB_ADMIN", "PARTNER" })
	void onlyInstructorsAndClusterAdminsMayAuthor(Role role) {
		assertThat(mvc.get().uri("/instructor/courses/new").with(user(as(role)))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/instructor/courses/PLC-101/edit").with(user(as(role))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/instructor/courses/PLC-101/edit/details").param("titleZh", "改")
			.with(user(as(role))).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		verify(editor, never()).change(any(), any(), any());
	}

	@Test
	void anInstructorOfAnotherOrganizationMayNotEditTheCourse() {
		given(editor.editing(eq("PLC-101"), any())).willThrow(new AccessDeniedException("not the owner"));

		assertThat(mvc.get().uri("/instructor/courses/PLC-101/edit").with(user(as(Role.INSTRUCTOR))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anInstructorOfAnotherOrganizationMayNotPublishTheDraft() {
		AcademyUser instructor = as(Role.INSTRUCTOR);
		given(packages.publishDraft(eq("PLC-101"), any())).willThrow(new AccessDeniedException("not the owner"));

		assertThat(mvc.post().uri("/instructor/courses/PLC-101/publish").with(user(instructor)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anInstructorSeesTheImportPageWithItsDrafts() {
		given(packages.drafts(any())).willReturn(List.of());

		assertThat(mvc.get().uri("/instructor/courses/import").with(user(as(Role.INSTRUCTOR))))
			.hasStatus(HttpStatus.OK).bodyText().contains("导入课程包", "没有待发布的草稿。");
	}

	@Test
	void importWithoutCsrfTokenIsRefused() {
		MockMultipartFile zip = new MockMultipartFile("file", "c.zip", "application/zip", new byte[] { 1 });

		assertThat(mvc.post().uri("/instructor/courses/import").multipart().file(zip).with(user(as(Role.INSTRUCTOR))))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(packages, never()).importPackage(any(), any(), anyBoolean());
	}

	@Test
	void aHiddenOrUnknownCourseAnswersNotFound() {
		assertThat(mvc.get().uri("/courses/SHE-ONBOARD-101").with(user(as(Role.STUDENT))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theCatalogAsksTheEngineWithTheViewersOrganization() {
		given(search.search(any(), eq(7L))).willReturn(new CatalogSearch.Page(List.of(), 0, 0, 0,
				new CatalogSearch.Facets(Map.of(), Map.of(), Map.of(), Map.of())));

		assertThat(mvc.get().uri("/catalog").param("q", "机器人").with(user(as(Role.STUDENT))))
			.hasStatus(HttpStatus.OK).bodyText().contains("没有找到与“机器人”相关的课程");
	}

	@Test
	void anonymousVisitorsAreSentToLogin() {
		assertThat(mvc.get().uri("/catalog")).hasStatus(HttpStatus.FOUND);
	}

	private static AcademyUser as(Role role) {
		return new AcademyUser(5L, "user-" + role.name().toLowerCase(), "测试用户", 7L, null, EnumSet.of(role), null,
				true, true);
	}

}
