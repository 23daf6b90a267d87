package cn.yrd.academy.catalog.internal;

import static cn.yrd.academy.catalog.internal.TestPackages.assertThatProblems;
import static cn.yrd.academy.catalog.internal.TestPackages.edit;
import static cn.yrd.academy.catalog.internal.TestPackages.problem;
import static cn.yrd.academy.catalog.internal.TestPackages.rules;
import static cn.yrd.academy.catalog.internal.TestPackages.valid;
import static cn.yrd.academy.catalog.internal.TestPackages.validWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CoursePackage.ChecklistItem;
import cn.yrd.academy.catalog.internal.CoursePackage.Lab;
import cn.yrd.academy.catalog.internal.CoursePackage.Lesson;
import cn.yrd.academy.catalog.internal.CoursePackage.Module;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.yaml.SourceProblem;
import org.junit.jupiter.api.Test;

/**
 * Line numbers refer to the files of {@code src/test/resources/packages/valid}: in course.yaml line 1
 * is the code, 8 the owner, 13 the skills, 21 the second module's slug; in the lab's YAML line 4 is
 * the image; in a lesson the front matter starts on line 2 and {@code minutes} is on line 5.
 */
class CoursePackageParserTests {

	private static final String COURSE = "course.yaml";

	private static final String LAB = "labs/motor-start-stop.yaml";

	private static final String SCAN_CYCLE = "lessons/scan-cycle.md";

	private final CoursePackageParser parser = new CoursePackageParser(rules());

	@Test
	void readsValidPackage() {
		CoursePackageParser.Result result = parser.parse(PackageFiles.of(valid()));

		assertThat(result.problems()).isEmpty();
		assertThat(result.ok()).isTrue();
		CoursePackage course = result.course().orElseThrow();
		assertThat(course.code()).isEqualTo("PLC-QUICK-101");
		assertThat(course.title()).isEqualTo(
				new Bilingual("PLC 快速入门：扫描周期、启保停与定时器", "PLC Quick Start: Scan Cycle, Latching and Timers"));
		assertThat(course.summary().zh()).startsWith("用三节短课和一个远程实训").endsWith("（TON）。");
		assertThat(course.owner()).isEqualTo("TONGJI");
		assertThat(course.level()).isEqualTo(CourseLevel.BEGINNER);
		assertThat(course.hours()).isEqualTo(8);
		assertThat(course.language()).isEqualTo("zh-CN");
		assertThat(course.visibility()).isEqualTo(Visibility.CLUSTER);
		assertThat(course.skills()).containsExactly("plc-programming", "ladder-logic");
		assertThat(course.prerequisites()).containsExactly("ELEC-101");

		assertThat(course.modules()).extracting(Module::slug).containsExactly("plc-basics", "timers-and-lab");
		assertThat(course.modules()).extracting(Module::title).containsExactly(
				new Bilingual("PLC 基础", "PLC Basics"), new Bilingual("定时器与实训", "Timers and Lab"));
		assertThat(course.modules().get(0).lessons()).extracting(Lesson::slug, Lesson::minutes)
			.containsExactly(tuple("scan-cycle", 30),
					tuple("start-stop-latching", 45));
		assertThat(course.modules().get(0).labs()).isEmpty();
		assertThat(course.modules().get(1).lessons()).extracting(Lesson::slug).containsExactly("on-delay-timer");

		Lesson scanCycle = course.modules().get(0).lessons().get(0);
		assertThat(scanCycle.title()).isEqualTo(new Bilingual("扫描周期", "The Scan Cycle"));
		assertThat(scanCycle.body()).startsWith("## 扫描周期的三个阶段\n\nPLC 周而复始")
			.contains("| 输入采样 | 把输入端子状态读入过程映像区 %I | < 0.1 ms |")
			.endsWith("才会被看到。");
		Lesson latching = course.modules().get(0).lessons().get(1);
		assertThat(latching.body())
			.contains("```pascal\n\"Motor_KM1\" := (\"Start_PB\" OR \"Motor_KM1\") AND \"Stop_PB\";\n```")
			.as("a thematic break in the body is not a front-matter fence").contains("\n---\n")
			.endsWith("思考：为什么停止按钮要用常闭触点接线？");

		Lab lab = course.modules().get(1).labs().get(0);
		assertThat(lab.slug()).isEqualTo("motor-start-stop");
		assertThat(lab.title()).isEqualTo(new Bilingual("电动机启停控制", "Motor Start/Stop Control"));
		assertThat(lab.image()).isEqualTo("plc-s7-1200");
		assertThat(lab.minutes()).isEqualTo(90);
		assertThat(lab.passMark()).isEqualTo(60);
		assertThat(lab.checklist()).containsExactly(
				new ChecklistItem(new Bilingual("启保停自锁回路正确", "Start/stop latching circuit works"), 40),
				new ChecklistItem(new Bilingual("停止优先于启动", "Stop overrides start"), 30),
				new ChecklistItem(new Bilingual("程序有注释", "Program is commented"), 10));
		assertThat(lab.instructions()).startsWith("# 实训：电动机启停控制\n\n## I/O 分配")
			.contains("| %Q0.0 | Motor_KM1 | 接触器 KM1 |")
			.endsWith("截图保存。");
	}

	@Test
	void reportsMalformedYamlWithItsLine() {
		List<SourceProblem> problems = problems(validWith(COURSE, "language: zh-CN", "  language: zh-CN"));

		assertThatProblems(problems).containsExactly(
				problem(COURSE, 11, null, "yaml.malformed", "mapping values are not allowed here"));
	}

	@Test
	void refusesJavaTypeTagWithoutConstructingAnything() {
		Canary.constructed = false;
		String gadget = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
				+ "[\"http://127.0.0.1:1/\"]]]]";
		Map<String, String> texts = validWith(COURSE, "hours: 8", "hours: " + gadget);
		edit(texts, COURSE, "language: zh-CN", "language: !!" + Canary.class.getName() + " {}");

		List<SourceProblem> problems = problems(texts);

		assertThatProblems(problems).containsExactly(
				problem(COURSE, 10, null, "yaml.tag", "tag:yaml.org,2002:javax.script.ScriptEngineManager"));
		assertThat(Canary.constructed).as("the canary's constructor ran").isFalse();
	}

	@Test
	void refusesAliasesSoASelfReferencingListCannotLoopForever() {
		List<SourceProblem> problems = problems(validWith(COURSE, "prerequisites: [ELEC-101]", "prerequisites: &p [*p]"));

		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(COURSE);
			assertThat(problem.messageKey()).isEqualTo("yaml.malformed");
		});
	}

	@Test
	void refusesCustomTag() {
		List<SourceProblem> problems = problems(validWith(COURSE, "owner: TONGJI", "owner: !foo TONGJI"));

		assertThatProblems(problems).containsExactly(problem(COURSE, 8, null, "yaml.tag", "!foo"));
	}

	@Test
	void refusesTagInFrontMatterAtItsLineInTheLesson() {
		List<SourceProblem> problems = problems(
				validWith(SCAN_CYCLE, "minutes: 30", "minutes: !!" + Canary.class.getName() + " {}"));

		assertThatProblems(problems).containsExactly(
				problem(SCAN_CYCLE, 5, null, "yaml.tag", "tag:yaml.org,2002:" + Canary.class.getName()));
	}

	@Test
	void readsDateLikeTextAsText() {
		CoursePackage course = course(validWith(COURSE, "  zh: PLC 基础\n", "  zh: 2025-09-01\n"));

		assertThat(course.modules().get(0).title().zh()).isEqualTo("2025-09-01");
	}

	@Test
	void reportsMissingCourseYaml() {
		Map<String, String> texts = valid();
		texts.remove(COURSE);

		assertThatProblems(problems(texts)).containsExactly(problem(COURSE, 0, null, "file.missing"));
	}

	@Test
	void reportsMissingLessonFileByItsPath() {
		Map<String, String> texts = valid();
		texts.remove("lessons/on-delay-timer.md");

		assertThatProblems(problems(texts)).containsExactly(problem("lessons/on-delay-timer.md", 0, null, "file.missing"));
	}

	@Test
	void reportsMissingLabFiles() {
		Map<String, String> texts = valid();
		texts.remove("labs/motor-start-stop.md");
		texts.remove(LAB);

		assertThatProblems(problems(texts)).containsExactlyInAnyOrder(
				problem("labs/motor-start-stop.md", 0, null, "file.missing"),
				problem(LAB, 0, null, "file.missing"));
	}

	@Test
	void reportsFilesThatCourseYamlDoesNotReference() {
		Map<String, String> texts = valid();
		texts.put("lessons/draft.md", "---\ntitle: {zh: 草稿, en: Draft}\nminutes: 10\n---\n草稿");
		texts.put("notes.md", "# 备课笔记");

		assertThatProblems(problems(texts)).containsExactlyInAnyOrder(
				problem("lessons/draft.md", 0, null, "file.unreferenced"),
				problem("notes.md", 0, null, "file.unreferenced"));
	}

	@Test
	void reportsUnknownSkill() {
		List<SourceProblem> problems = problems(validWith(COURSE, "skills: [plc-programming, ladder-logic]",
				"skills: [plc-programming, basket-weaving]"));

		assertThatProblems(problems).containsExactly(
				problem(COURSE, 13, "skills", "course.unknownSkill", "basket-weaving"));
	}

	@Test
	void reportsUnknownLabImage() {
		List<SourceProblem> problems = problems(validWith(LAB, "image: plc-s7-1200", "image: plc-s7-300"));

		assertThatProblems(problems).containsExactly(problem(LAB, 4, "image", "lab.unknownImage", "plc-s7-300"));
	}

	@Test
	void reportsUnknownOwner() {
		List<SourceProblem> problems = problems(validWith(COURSE, "owner: TONGJI", "owner: HOGWARTS"));

		assertThatProblems(problems).containsExactly(
				problem(COURSE, 8, "owner", "course.unknownOrganization", "HOGWARTS"));
	}

	@Test
	void reportsLevelOutsideTheThreeLabels() {
		List<SourceProblem> problems = problems(validWith(COURSE, "level: 初级", "level: 专家"));

		assertThatProblems(problems).containsExactly(problem(COURSE, 9, "level", "course.level", "专家"));
	}

	@Test
	void reportsInvalidCourseCode() {
		List<SourceProblem> problems = problems(validWith(COURSE, "code: PLC-QUICK-101", "code: plc 101"));

		assertThatProblems(problems).containsExactly(problem(COURSE, 1, "code", "field.code", "plc 101"));
	}

	@Test
	void reportsInvalidLanguageAndVisibility() {
		Map<String, String> texts = validWith(COURSE, "language: zh-CN", "language: zh-TW");
		edit(texts, COURSE, "visibility: CLUSTER", "visibility: PUBLIC");

		assertThatProblems(problems(texts)).containsExactly(
				problem(COURSE, 11, "language", "course.language", "zh-TW"),
				problem(COURSE, 12, "visibility", "course.visibility", "PUBLIC"));
	}

	@Test
	void reportsDuplicateModuleSlug() {
		List<SourceProblem> problems = problems(validWith(COURSE, "slug: timers-and-lab", "slug: plc-basics"));

		assertThatProblems(problems).containsExactly(
				problem(COURSE, 21, "modules[2].slug", "field.duplicateSlug", "plc-basics"));
	}

	@Test
	void reportsLessonListedTwice() {
		List<SourceProblem> problems = problems(validWith(COURSE, "lessons: [on-delay-timer]",
				"lessons: [on-delay-timer, scan-cycle]"));

		assertThatProblems(problems).containsExactly(
				problem(COURSE, 25, "modules[2].lessons", "field.duplicateSlug", "scan-cycle"));
	}

	@Test
	void reportsPassMarkAboveChecklistTotal() {
		List<SourceProblem> problems = problems(validWith(LAB, "passMark: 60", "passMark: 90"));

		assertThatProblems(problems).containsExactly(problem(LAB, 6, "passMark", "lab.passMark", 90, 80));
	}

	@Test
	void acceptsPassMarkEqualToChecklistTotal() {
		CoursePackage course = course(validWith(LAB, "passMark: 60", "passMark: 80"));

		assertThat(course.modules().get(1).labs().get(0).passMark()).isEqualTo(80);
	}

	@Test
	void reportsLessonWithoutFrontMatter() {
		Map<String, String> texts = valid();
		texts.put(SCAN_CYCLE, "## 扫描周期的三个阶段\n\nPLC 周而复始地执行同一个循环。\n");

		assertThatProblems(problems(texts)).containsExactly(problem(SCAN_CYCLE, 1, null, "lesson.frontMatterMissing"));
	}

	@Test
	void reportsUnclosedFrontMatter() {
		List<SourceProblem> problems = problems(validWith(SCAN_CYCLE, "minutes: 30\n---\n", "minutes: 30\n"));

		assertThatProblems(problems).containsExactly(problem(SCAN_CYCLE, 1, null, "lesson.frontMatterUnclosed"));
	}

	@Test
	void reportsFrontMatterFieldAtItsLineInTheLesson() {
		List<SourceProblem> problems = problems(validWith(SCAN_CYCLE, "minutes: 30", "minutes: 0"));

		assertThatProblems(problems).containsExactly(problem(SCAN_CYCLE, 5, "minutes", "field.integer", 1, 600));
	}

	@Test
	void reportsMalformedFrontMatterAtItsLineInTheLesson() {
		List<SourceProblem> problems = problems(
				validWith(SCAN_CYCLE, "  en: The Scan Cycle\n", "  en: The Scan Cycle\n en: x\n"));

		assertThatProblems(problems).containsExactly(problem(SCAN_CYCLE, 5, null, "yaml.malformed",
				"expected <block end>, but found '<block mapping start>'"));
	}

	@Test
	void reportsLessonWithEmptyBody() {
		Map<String, String> texts = valid();
		texts.put(SCAN_CYCLE, "---\ntitle:\n  zh: 扫描周期\n  en: The Scan Cycle\nminutes: 30\n---\n\n  \n");

		assertThatProblems(problems(texts)).containsExactly(problem(SCAN_CYCLE, 7, null, "lesson.emptyBody"));
	}

	@Test
	void reportsMissingEnglishTitle() {
		List<SourceProblem> problems = problems(validWith(COURSE,
				"  en: \"PLC Quick Start: Scan Cycle, Latching and Timers\"\n", ""));

		// reported at the title's mapping, which starts with zh on line 3
		assertThatProblems(problems).containsExactly(problem(COURSE, 3, "title.en", "field.missing"));
	}

	@Test
	void reportsLessonMinutesOutOfRange() {
		List<SourceProblem> problems = problems(validWith(SCAN_CYCLE, "minutes: 30", "minutes: 601"));

		assertThatProblems(problems).containsExactly(problem(SCAN_CYCLE, 5, "minutes", "field.integer", 1, 600));
	}

	@Test
	void reportsLabMinutesOutOfRangeAndNotANumber() {
		Map<String, String> texts = validWith(LAB, "minutes: 90", "minutes: 14");
		edit(texts, LAB, "    points: 10", "    points: ten");

		assertThatProblems(problems(texts)).containsExactly(
				problem(LAB, 5, "minutes", "field.integer", 15, 480),
				problem(LAB, 16, "checklist[3].points", "field.integer", 1, 1_000));
	}

	@Test
	void reportsTitleLongerThan200Characters() {
		String title201 = "梯".repeat(201);
		List<SourceProblem> problems = problems(validWith(COURSE, "      zh: PLC 基础", "      zh: " + title201));

		assertThatProblems(problems).containsExactly(problem(COURSE, 18, "modules[1].title.zh", "field.tooLong", 200));
	}

	@Test
	void countsTitleLengthInCharactersNotBytes() {
		String title200 = "梯".repeat(200);
		CoursePackage course = course(validWith(COURSE, "      zh: PLC 基础", "      zh: " + title200));

		assertThat(course.modules().get(0).title().zh()).isEqualTo(title200);
	}

	@Test
	void reportsCourseAsItsOwnPrerequisite() {
		List<SourceProblem> problems = problems(validWith(COURSE, "prerequisites: [ELEC-101]",
				"prerequisites: [ELEC-101, PLC-QUICK-101]"));

		assertThatProblems(problems).containsExactly(
				problem(COURSE, 14, "prerequisites", "course.prerequisite", "PLC-QUICK-101"));
	}

	@Test
	void reportsModuleWithNeitherLessonsNorLabs() {
		Map<String, String> texts = valid();
		texts.put(COURSE, texts.get(COURSE) + """
				  - slug: empty-module
				    title:
				      zh: 空模块
				      en: Empty Module
				    lessons: []
				""");

		assertThatProblems(problems(texts)).containsExactly(problem(COURSE, 31, "modules[3].lessons", "module.empty"));
	}

	@Test
	void reportsModuleWithoutLessonAndLabKeys() {
		Map<String, String> texts = valid();
		texts.put(COURSE, texts.get(COURSE) + """
				  - slug: empty-module
				    title:
				      zh: 空模块
				      en: Empty Module
				""");

		// at the module's mapping, which starts with its slug on line 27
		assertThatProblems(problems(texts)).containsExactly(problem(COURSE, 27, "modules[3].lessons", "module.empty"));
	}

	@Test
	void reportsEveryProblemOfEveryFileInOnePass() {
		Map<String, String> texts = validWith(COURSE, "owner: TONGJI", "owner: HOGWARTS");
		edit(texts, COURSE, "skills: [plc-programming, ladder-logic]", "skills: [plc-programming, basket-weaving]");
		edit(texts, SCAN_CYCLE, "minutes: 30", "minutes: 0");
		edit(texts, "lessons/start-stop-latching.md", "---\ntitle:", "title:");
		edit(texts, LAB, "image: plc-s7-1200", "image: plc-s7-300");
		edit(texts, LAB, "passMark: 60", "passMark: 90");
		texts.remove("lessons/on-delay-timer.md");
		texts.put("notes.md", "# 备课笔记");

		assertThatProblems(problems(texts)).containsExactlyInAnyOrder(
				problem(COURSE, 8, "owner", "course.unknownOrganization", "HOGWARTS"),
				problem(COURSE, 13, "skills", "course.unknownSkill", "basket-weaving"),
				problem(SCAN_CYCLE, 5, "minutes", "field.integer", 1, 600),
				problem("lessons/start-stop-latching.md", 1, null, "lesson.frontMatterMissing"),
				problem("lessons/on-delay-timer.md", 0, null, "file.missing"),
				problem(LAB, 4, "image", "lab.unknownImage", "plc-s7-300"),
				problem(LAB, 6, "passMark", "lab.passMark", 90, 80),
				problem("notes.md", 0, null, "file.unreferenced"));
	}

	@Test
	void yieldsNoCourseForASingleProblem() {
		CoursePackageParser.Result result = parser.parse(PackageFiles.of(validWith(SCAN_CYCLE, "minutes: 30", "minutes: 0")));

		assertThat(result.problems()).hasSize(1);
		assertThat(result.ok()).isFalse();
		assertThat(result.course()).isEmpty();
	}

	@Test
	void passesProblemsOfReadingTheZipOn() {
		PackageFiles files = PackageFiles.fromZip(TestPackages.zip(Map.of("install.sh", new byte[] { '#' })));

		CoursePackageParser.Result result = parser.parse(files);

		assertThat(result.ok()).isFalse();
		assertThatProblems(result.problems()).containsExactly(
				problem("install.sh", 0, null, "zip.fileType"),
				problem(COURSE, 0, null, "file.missing"));
	}

	/** Parses a package that must have no problems. */
	private CoursePackage course(Map<String, String> texts) {
		CoursePackageParser.Result result = parser.parse(PackageFiles.of(texts));
		assertThat(result.problems()).isEmpty();
		return result.course().orElseThrow();
	}

	/** Parses the package, checks that no course comes of it and returns the problems. */
	private List<SourceProblem> problems(Map<String, String> texts) {
		CoursePackageParser.Result result = parser.parse(PackageFiles.of(texts));
		assertThat(result.ok()).as("package with problems %s yields a course", result.problems()).isFalse();
		assertThat(result.course()).isEmpty();
		return result.problems();
	}

	/** Would record its construction if YAML ever built objects from tags. */
	public static class Canary {

		static volatile boolean constructed;

		public Canary() {
			constructed = true;
		}

	}

}
