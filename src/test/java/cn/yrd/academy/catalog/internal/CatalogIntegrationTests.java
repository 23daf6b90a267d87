package cn.yrd.academy.catalog.internal;

import java.util.List;
import java.util.UUID;

import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestCourses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog on the embedded MariaDB with the real Lucene index and the sample courses of courses/.
 */
@IntegrationTest
class CatalogIntegrationTests {

	@Autowired
	private CatalogSearch search;

	@Autowired
	private CoursePackages packages;

	@Autowired
	private CourseViews views;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private CourseEditor editor;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private CourseRepository courses;

	@Autowired
	private CourseVersionRepository versions;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void chineseAndEnglishQueriesFindTheSampleCourses() {
		long nbpt = student().organizationId();

		assertThat(codes(search.search(CatalogSearch.Query.text("机器人"), nbpt))).contains("ROBOT-WELD-201");
		assertThat(codes(search.search(CatalogSearch.Query.text("PLC"), nbpt))).contains("PLC-101");
		assertThat(codes(search.search(CatalogSearch.Query.text("可编程"), nbpt))).contains("PLC-101");
		assertThat(codes(search.search(CatalogSearch.Query.text("robot"), nbpt))).contains("ROBOT-WELD-201");
		assertThat(codes(search.search(CatalogSearch.Query.text("工控安全"), nbpt))).contains("ICS-SEC-301");
	}

	@Test
	void aCourseForItsOwnOrganizationOnlyStaysHiddenFromOthersEverywhere() {
		AcademyUser student = student();
		AcademyUser partner = (AcademyUser) users.loadUserByUsername("partner1");

		assertThat(codes(search.search(CatalogSearch.Query.text(""), student.organizationId())))
			.doesNotContain("SHE-ONBOARD-101");
		assertThat(codes(search.search(CatalogSearch.Query.text("上海电气"), student.organizationId())))
			.doesNotContain("SHE-ONBOARD-101");
		assertThat(views.course("SHE-ONBOARD-101", student)).isEmpty();
		assertThat(enrollments.enroll("SHE-ONBOARD-101", student)).isEmpty();
		assertThat(codes(search.search(CatalogSearch.Query.text(""), partner.organizationId())))
			.contains("SHE-ONBOARD-101");
	}

	@Test
	void anImportedCourseIsFoundAtOnceAndProgressSurvivesANewVersion() {
		AcademyUser instructor = (AcademyUser) users.loadUserByUsername("instructor1");
		AcademyUser student = student();
		String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		var first = packages.importPackage(TestCourses.files(TestCourses.course(code, "TONGJI", Visibility.CLUSTER,
				"数控机床维护" + code, "CNC maintenance", List.of("spindle", "coolant"), "主轴润滑与冷却液管理。")),
				instructor, true);
		assertThat(first.problems()).isEmpty();
		assertThat(codes(search.search(CatalogSearch.Query.text("主轴润滑"), student.organizationId()))).contains(code);

		enrollments.enroll(code, student);
		assertThat(enrollments.mark(code, "basics", "spindle", true, student)).isTrue();
		var second = packages.importPackage(TestCourses.files(TestCourses.course(code, "TONGJI", Visibility.CLUSTER,
				"数控机床维护" + code, "CNC maintenance", List.of("spindle", "alignment"), "主轴与导轨校准。")),
				instructor, true);

		assertThat(second.version()).isEqualTo(2);
		CourseViews.CourseView course = views.course(code, student).orElseThrow();
		assertThat(course.version()).isEqualTo(2);
		assertThat(course.completedLessons()).isEqualTo(1);
		assertThat(course.totalLessons()).isEqualTo(2);
	}

	@Test
	void anInstructorCannotImportACourseForAnotherOrganization() {
		AcademyUser instructor = (AcademyUser) users.loadUserByUsername("instructor1");
		String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

		var result = packages.importPackage(TestCourses.files(TestCourses.course(code, "SJTU", Visibility.CLUSTER,
				"别人的课程", "Someone else's course", List.of("one"), "内容。")), instructor, true);

		assertThat(result.problems()).extracting(problem -> problem.messageKey())
			.containsExactly("course.notYourOrganization");
		assertThat(views.course(code, instructor)).isEmpty();
	}

	@Test
	void importingAnExportedCourseReproducesItExactly() {
		AcademyUser admin = (AcademyUser) users.loadUserByUsername("admin");
		PackageFiles exported = packages.export("PLC-101", admin).orElseThrow();

		var reimported = packages.importPackage(PackageFiles.fromZip(CoursePackageWriter.zip("PLC-101", exported)),
				admin, false);

		assertThat(reimported.problems()).isEmpty();
		transactions.executeWithoutResult(status -> {
			long courseId = courses.findByCode("PLC-101").orElseThrow().getId();
			CourseVersion published = versions
				.findFirstByCourseIdAndStatusOrderByNumberDesc(courseId, CourseVersion.Status.PUBLISHED).orElseThrow();
			CourseVersion draft = versions
				.findFirstByCourseIdAndStatusOrderByNumberDesc(courseId, CourseVersion.Status.DRAFT).orElseThrow();
			assertThat(draft.getNumber()).isEqualTo(reimported.version());
			assertThat(draft.toPackage("TONGJI")).isEqualTo(published.toPackage("TONGJI"));
			versions.delete(draft);
		});
	}

	@Test
	void editingAPublishedCourseWorksOnADraftUntilItIsPublished() {
		AcademyUser instructor = (AcademyUser) users.loadUserByUsername("instructor1");
		AcademyUser student = student();
		String code = "ED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		packages.importPackage(TestCourses.files(TestCourses.course(code, "TONGJI", Visibility.CLUSTER, "液压系统原理",
				"Hydraulics", List.of("pumps"), "齿轮泵与柱塞泵。")), instructor, true);

		var problems = editor.change(code, instructor, course -> new CoursePackage(course.code(),
				new cn.yrd.academy.shared.text.Bilingual("液压系统原理与维护", "Hydraulics and maintenance"),
				course.summary(), course.owner(), course.level(), course.hours(), course.language(),
				course.visibility(), course.skills(), course.prerequisites(), course.modules()));

		assertThat(problems).isEmpty();
		assertThat(views.course(code, student).orElseThrow().title().zh()).isEqualTo("液压系统原理");
		assertThat(editor.editing(code, instructor).hasDraft()).isTrue();
		assertThat(packages.publishDraft(code, instructor)).isTrue();
		assertThat(views.course(code, student).orElseThrow().title().zh()).isEqualTo("液压系统原理与维护");
		assertThat(views.course(code, student).orElseThrow().version()).isEqualTo(2);
	}

	@Test
	void onlyInstructorsOfTheOwnerOrganizationMayEdit() {
		AcademyUser otherInstructor = new AcademyUser(999L, "other", "别的讲师",
				((AcademyUser) users.loadUserByUsername("labadmin1")).organizationId(), null,
				java.util.Set.of(cn.yrd.academy.identity.Role.INSTRUCTOR), null, true, true);

		org.assertj.core.api.Assertions.assertThatExceptionOfType(
				org.springframework.security.access.AccessDeniedException.class)
			.isThrownBy(() -> editor.editing("PLC-101", otherInstructor));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(
				org.springframework.security.access.AccessDeniedException.class)
			.isThrownBy(() -> editor.change("PLC-101", otherInstructor, course -> course));
	}

	private AcademyUser student() {
		return (AcademyUser) users.loadUserByUsername("student1");
	}

	private static List<String> codes(CatalogSearch.Page page) {
		return page.entries().stream().map(CatalogCard::code).toList();
	}

}
