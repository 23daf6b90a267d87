package cn.yrd.academy.catalog.web;

import java.util.List;
import java.util.UUID;

import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CourseEditor;
import cn.yrd.academy.catalog.internal.CoursePackage;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestCourses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The editor's changes over HTTP on the embedded MariaDB: each goes through the package rules.
 */
@IntegrationTest
class CourseEditorIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CoursePackages packages;

	@Autowired
	private CourseEditor editor;

	@Autowired
	private UserDetailsService users;

	@Test
	void deletingALessonSavesADraftWithoutIt() {
		AcademyUser instructor = instructor();
		String code = newCourse(instructor, List.of("first", "second"));

		assertThat(mvc.post().uri("/instructor/courses/" + code + "/edit/lessons/first/delete")
			.with(user(instructor)).with(csrf())).hasStatus(HttpStatus.FOUND);

		CourseEditor.Editing editing = editor.editing(code, instructor);
		assertThat(editing.hasDraft()).isTrue();
		assertThat(editing.course().modules().get(0).lessons()).extracting(CoursePackage.Lesson::slug)
			.containsExactly("second");
	}

	@Test
	void anEditThatBreaksARuleShowsTheProblemAndChangesNothing() {
		AcademyUser instructor = instructor();
		String code = newCourse(instructor, List.of("only"));

		var result = mvc.post().uri("/instructor/courses/" + code + "/edit/modules/0/lessons")
			.param("slug", "only").param("titleZh", "重复").param("titleEn", "Twice").param("minutes", "30")
			.param("body", "正文").with(user(instructor)).with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.OK).bodyText().contains("标识“only”重复。");
		assertThat(editor.editing(code, instructor).hasDraft()).isFalse();
	}

	@Test
	void theLivePreviewEscapesScripts() {
		assertThat(mvc.post().uri("/instructor/preview").param("body", "**粗体** <script>alert(1)</script>")
			.with(user(instructor())).with(csrf())).hasStatus(HttpStatus.OK).bodyText()
			.contains("<strong>粗体</strong>", "&lt;script&gt;").doesNotContain("<script>");
	}

	private AcademyUser instructor() {
		return (AcademyUser) users.loadUserByUsername("instructor1");
	}

	private String newCourse(AcademyUser instructor, List<String> lessons) {
		String code = "EDIT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		assertThat(packages.importPackage(TestCourses.files(TestCourses.course(code, "TONGJI", Visibility.CLUSTER,
				"气动控制基础", "Pneumatics", lessons, "气缸与电磁阀。")), instructor, true).problems()).isEmpty();
		return code;
	}

}
