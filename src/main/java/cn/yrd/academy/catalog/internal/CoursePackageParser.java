package cn.yrd.academy.catalog.internal;

import cn.yrd.academy.shared.yaml.SourceProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CoursePackage.ChecklistItem;
import cn.yrd.academy.catalog.internal.CoursePackage.Lab;
import cn.yrd.academy.catalog.internal.CoursePackage.Lesson;
import cn.yrd.academy.catalog.internal.CoursePackage.Module;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.yaml.YamlMap;

/**
 * Reads and validates a whole course package in one pass, collecting every problem with its file,
 * line and field. A package with any problem yields no course, so nothing is imported partly.
 */
public final class CoursePackageParser {

	static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");

	static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,59}$");

	private static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

	private static final int MAX_SKILLS = 20;

	private static final int MAX_PREREQUISITES = 10;

	private final PackageRules rules;

	public CoursePackageParser(PackageRules rules) {
		this.rules = rules;
	}

	/** The parsed course, or the problems that stop it. */
	public record Result(Optional<CoursePackage> course, List<SourceProblem> problems) {

		public boolean ok() {
			return course.isPresent();
		}

	}

	public Result parse(PackageFiles files) {
		List<SourceProblem> problems = new ArrayList<>(files.problems());
		Set<String> used = new TreeSet<>();
		Optional<YamlMap> courseYaml = files.text("course.yaml")
			.flatMap(text -> YamlMap.parse("course.yaml", text, 1, problems));
		Optional<CoursePackage> course = courseYaml.map(yaml -> course(yaml, files, used, problems));
		if (files.text("course.yaml").isEmpty()) {
			problems.add(SourceProblem.ofFile("course.yaml", "file.missing"));
		}
		// without a readable course.yaml every other file would be reported as unreferenced
		if (courseYaml.isPresent()) {
			used.add("course.yaml");
			files.texts().keySet().stream()
				.filter(name -> !used.contains(name))
				.forEach(name -> problems.add(SourceProblem.ofFile(name, "file.unreferenced")));
		}
		return new Result(problems.isEmpty() ? course : Optional.empty(), List.copyOf(problems));
	}

	private CoursePackage course(YamlMap yaml, PackageFiles files, Set<String> used, List<SourceProblem> problems) {
		String code = yaml.matching("code", CODE, "field.code");
		Bilingual title = yaml.bilingual("title", 200);
		Bilingual summary = yaml.bilingual("summary", 2000);
		String owner = yaml.text("owner", 40);
		if (owner != null && !rules.organizationExists(owner)) {
			yaml.problem("owner", "course.unknownOrganization", owner);
		}
		CourseLevel level = level(yaml);
		Integer hours = yaml.integer("hours", 1, 500);
		String language = yaml.text("language", 10);
		if (language != null && !LANGUAGES.contains(language)) {
			yaml.problem("language", "course.language", language);
		}
		Visibility visibility = visibility(yaml);
		List<String> skills = yaml.strings("skills", true);
		if (skills != null) {
			skills.stream().filter(skill -> !rules.skillExists(skill))
				.forEach(skill -> yaml.problem("skills", "course.unknownSkill", skill));
			checkList(yaml, "skills", skills, MAX_SKILLS);
		}
		List<String> prerequisites = yaml.strings("prerequisites", false);
		if (prerequisites != null) {
			prerequisites.stream().filter(prerequisite -> !CODE.matcher(prerequisite).matches()
					|| prerequisite.equals(code))
				.forEach(prerequisite -> yaml.problem("prerequisites", "course.prerequisite", prerequisite));
			checkList(yaml, "prerequisites", prerequisites, MAX_PREREQUISITES);
		}
		List<Module> modules = modules(yaml, files, used, problems);
		return problems.isEmpty() ? new CoursePackage(code, title, summary, owner, level, hours, language,
				visibility, skills, prerequisites, modules) : null;
	}

	private static void checkList(YamlMap yaml, String field, List<String> items, int max) {
		if (items.size() > max) {
			yaml.problem(field, "field.tooMany", max);
		}
		items.stream().filter(item -> items.indexOf(item) != items.lastIndexOf(item)).distinct()
			.forEach(item -> yaml.problem(field, "field.duplicate", item));
	}

	private static CourseLevel level(YamlMap yaml) {
		String label = yaml.text("level", 10);
		if (label == null) {
			return null;
		}
		return CourseLevel.ofLabel(label).orElseGet(() -> {
			yaml.problem("level", "course.level", label);
			return null;
		});
	}

	private static Visibility visibility(YamlMap yaml) {
		String value = yaml.text("visibility", 20);
		try {
			return value == null ? null : Visibility.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			yaml.problem("visibility", "course.visibility", value);
			return null;
		}
	}

	private List<Module> modules(YamlMap yaml, PackageFiles files, Set<String> used, List<SourceProblem> problems) {
		List<Module> modules = new ArrayList<>();
		Set<String> moduleSlugs = new HashSet<>();
		Set<String> lessonSlugs = new HashSet<>();
		Set<String> labSlugs = new HashSet<>();
		for (YamlMap module : yaml.maps("modules")) {
			String slug = slug(module, "slug", moduleSlugs);
			Bilingual title = module.bilingual("title", 200);
			List<String> lessonList = module.strings("lessons", false);
			List<String> labList = module.strings("labs", false);
			List<Lesson> lessons = new ArrayList<>();
			List<Lab> labs = new ArrayList<>();
			if (lessonList != null && labList != null && lessonList.isEmpty() && labList.isEmpty()) {
				module.problem("lessons", "module.empty");
			}
			for (String lessonSlug : lessonList == null ? List.<String>of() : lessonList) {
				if (checkSlug(module, "lessons", lessonSlug, lessonSlugs)) {
					lesson(files, lessonSlug, used, problems).ifPresent(lessons::add);
				}
			}
			for (String labSlug : labList == null ? List.<String>of() : labList) {
				if (checkSlug(module, "labs", labSlug, labSlugs)) {
					lab(files, labSlug, used, problems).ifPresent(labs::add);
				}
			}
			modules.add(new Module(slug, title, lessons, labs));
		}
		return modules;
	}

	private static String slug(YamlMap yaml, String field, Set<String> seen) {
		String slug = yaml.matching(field, SLUG, "field.slug");
		if (slug != null && !seen.add(slug)) {
			yaml.problem(field, "field.duplicateSlug", slug);
		}
		return slug;
	}

	private static boolean checkSlug(YamlMap yaml, String field, String slug, Set<String> seen) {
		if (!SLUG.matcher(slug).matches()) {
			yaml.problem(field, "field.slug", slug);
			return false;
		}
		if (!seen.add(slug)) {
			yaml.problem(field, "field.duplicateSlug", slug);
			return false;
		}
		return true;
	}

	private static Optional<Lesson> lesson(PackageFiles files, String slug, Set<String> used,
			List<SourceProblem> problems) {
		String name = "lessons/" + slug + ".md";
		used.add(name);
		Optional<String> text = files.text(name);
		if (text.isEmpty()) {
			problems.add(SourceProblem.ofFile(name, "file.missing"));
			return Optional.empty();
		}
		Optional<FrontMatter> document = FrontMatter.split(name, text.get(), problems);
		Optional<YamlMap> yaml = document.flatMap(front -> YamlMap.parse(name, front.yaml(), 2, problems));
		if (yaml.isEmpty()) {
			return Optional.empty();
		}
		Bilingual title = yaml.get().bilingual("title", 200);
		Integer minutes = yaml.get().integer("minutes", 1, 600);
		String body = document.get().body().strip();
		if (body.isEmpty()) {
			problems.add(new SourceProblem(name, document.get().bodyLine(), null, "lesson.emptyBody"));
		}
		return title == null || minutes == null || body.isEmpty() ? Optional.empty()
				: Optional.of(new Lesson(slug, title, minutes, body));
	}

	private Optional<Lab> lab(PackageFiles files, String slug, Set<String> used, List<SourceProblem> problems) {
		String yamlName = "labs/" + slug + ".yaml";
		String instructionsName = "labs/" + slug + ".md";
		used.add(yamlName);
		used.add(instructionsName);
		Optional<String> instructions = files.text(instructionsName).map(String::strip).filter(s -> !s.isEmpty());
		if (instructions.isEmpty()) {
			problems.add(SourceProblem.ofFile(instructionsName, "file.missing"));
		}
		Optional<YamlMap> yaml = files.text(yamlName).flatMap(text -> YamlMap.parse(yamlName, text, 1, problems));
		if (files.text(yamlName).isEmpty()) {
			problems.add(SourceProblem.ofFile(yamlName, "file.missing"));
		}
		if (yaml.isEmpty()) {
			return Optional.empty();
		}
		YamlMap lab = yaml.get();
		Bilingual title = lab.bilingual("title", 200);
		String image = lab.text("image", 40);
		if (image != null && !rules.labImageExists(image)) {
			lab.problem("image", "lab.unknownImage", image);
		}
		Integer minutes = lab.integer("minutes", 15, 480);
		Integer passMark = lab.integer("passMark", 1, 10_000);
		List<ChecklistItem> checklist = checklist(lab);
		int total = checklist.stream().mapToInt(ChecklistItem::points).sum();
		if (passMark != null && !checklist.isEmpty() && passMark > total) {
			lab.problem("passMark", "lab.passMark", passMark, total);
		}
		boolean complete = title != null && image != null && minutes != null && passMark != null
				&& !checklist.isEmpty() && instructions.isPresent() && passMark <= total;
		return complete ? Optional.of(new Lab(slug, title, image, minutes, passMark, checklist, instructions.get()))
				: Optional.empty();
	}

	private static List<ChecklistItem> checklist(YamlMap lab) {
		List<ChecklistItem> items = new ArrayList<>();
		for (YamlMap item : lab.maps("checklist")) {
			String zh = item.text("zh", 300);
			String en = item.text("en", 300);
			Integer points = item.integer("points", 1, 1_000);
			if (zh != null && en != null && points != null) {
				items.add(new ChecklistItem(new Bilingual(zh, en), points));
			}
		}
		return items;
	}

}
