package cn.yrd.academy.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.labs.LabImage;
import cn.yrd.academy.labs.LabImages;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.text.Markdown;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the course and lesson pages show of a course's latest published version, for one viewer.
 * A course visible to its own organization only does not exist for anyone else.
 */
@Service
@Transactional(readOnly = true)
public class CourseViews {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	private final EnrollmentRepository enrollments;

	private final Organizations organizations;

	private final SkillTaxonomy skills;

	private final LabImages labImages;

	private final Markdown markdown;

	CourseViews(CourseRepository courses, CourseVersionRepository versions, EnrollmentRepository enrollments,
			Organizations organizations, SkillTaxonomy skills, LabImages labImages, Markdown markdown) {
		this.courses = courses;
		this.versions = versions;
		this.enrollments = enrollments;
		this.organizations = organizations;
		this.skills = skills;
		this.labImages = labImages;
		this.markdown = markdown;
	}

	public record CourseView(String code, int version, Instant publishedAt, Bilingual title, Bilingual summary,
			CourseLevel level, int hours, String language, Visibility visibility, OrganizationSummary owner,
			List<Skill> skills, List<Prerequisite> prerequisites, List<ModuleView> modules, boolean enrolled,
			int completedLessons, int totalLessons, boolean editable) {

		public List<Prerequisite> missingPrerequisites() {
			return prerequisites.stream().filter(prerequisite -> !prerequisite.completed()).toList();
		}

		public int percentDone() {
			return totalLessons == 0 ? 0 : completedLessons * 100 / totalLessons;
		}

	}

	public record Prerequisite(String code, Bilingual title, boolean completed) {
	}

	public record ModuleView(String slug, Bilingual title, List<LessonRef> lessons, List<LabView> labs) {
	}

	public record LessonRef(String moduleSlug, String slug, Bilingual title, int minutes, boolean completed) {
	}

	public record LabView(String slug, Bilingual title, LabImage image, int minutes, int passMark,
			List<LabExercise.ChecklistEntry> checklist, String instructionsHtml) {
	}

	public record LessonView(CourseView course, ModuleView module, LessonRef lesson, String html, LessonRef previous,
			LessonRef next) {
	}

	public Optional<CourseView> course(String code, AcademyUser viewer) {
		return visibleVersion(code, viewer).map(version -> view(version, viewer));
	}

	public Optional<LessonView> lesson(String code, String moduleSlug, String lessonSlug, AcademyUser viewer) {
		return visibleVersion(code, viewer).flatMap(version -> {
			CourseView course = view(version, viewer);
			List<LessonRef> all = course.modules().stream().flatMap(module -> module.lessons().stream()).toList();
			for (int i = 0; i < all.size(); i++) {
				LessonRef ref = all.get(i);
				if (ref.moduleSlug().equals(moduleSlug) && ref.slug().equals(lessonSlug)) {
					ModuleView module = course.modules().stream().filter(m -> m.slug().equals(moduleSlug)).findFirst()
						.orElseThrow();
					String body = version.getModules().stream().filter(m -> m.getSlug().equals(moduleSlug))
						.flatMap(m -> m.getLessons().stream()).filter(l -> l.getSlug().equals(lessonSlug))
						.findFirst().orElseThrow().getBody();
					return Optional.of(new LessonView(course, module, ref, markdown.toHtml(body),
							i > 0 ? all.get(i - 1) : null, i < all.size() - 1 ? all.get(i + 1) : null));
				}
			}
			return Optional.empty();
		});
	}

	Optional<CourseVersion> visibleVersion(String code, AcademyUser viewer) {
		return courses.findByCode(code)
			.flatMap(course -> versions.findFirstByCourseIdAndStatusOrderByNumberDesc(course.getId(),
					CourseVersion.Status.PUBLISHED))
			.filter(version -> isVisible(version, viewer));
	}

	/** A course visible to its own organization only does not exist for anyone else but cluster admins. */
	static boolean isVisible(CourseVersion version, AcademyUser viewer) {
		return version.getVisibility() == Visibility.CLUSTER
				|| version.getCourse().getOwnerOrganizationId() == viewer.organizationId()
				|| viewer.hasRole(Role.CLUSTER_ADMIN);
	}

	private CourseView view(CourseVersion version, AcademyUser viewer) {
		Course course = version.getCourse();
		Optional<Enrollment> enrollment = enrollments.findByUserIdAndCourseId(viewer.id(), course.getId());
		List<ModuleView> modules = version.getModules().stream()
			.map(module -> new ModuleView(module.getSlug(), module.title(),
					module.getLessons().stream().map(lesson -> new LessonRef(module.getSlug(), lesson.getSlug(),
							lesson.title(), lesson.getMinutes(), enrollment.map(e -> e.isCompleted(
									lesson.getSlug())).orElse(false)))
						.toList(),
					module.getLabs().stream().map(this::labView).toList()))
			.toList();
		int total = modules.stream().mapToInt(module -> module.lessons().size()).sum();
		int done = (int) modules.stream().flatMap(module -> module.lessons().stream()).filter(LessonRef::completed)
			.count();
		boolean editable = CoursePackages.isEditor(course, viewer);
		return new CourseView(course.getCode(), version.getNumber(), version.getPublishedAt(), version.title(),
				version.summary(), version.getLevel(), version.getHours(), version.getLanguage(),
				version.getVisibility(), organizations.find(course.getOwnerOrganizationId()).orElseThrow(),
				version.getSkills().stream().flatMap(code -> skills.find(code).stream()).toList(),
				version.getPrerequisites().stream().map(code -> prerequisite(code, viewer)).toList(), modules,
				enrollment.isPresent(), done, total, editable);
	}

	private LabView labView(LabExercise lab) {
		return new LabView(lab.getSlug(), lab.title(), labImages.find(lab.getLabImage()).orElse(null),
				lab.getMinutes(), lab.getPassMark(), List.copyOf(lab.getChecklist()),
				markdown.toHtml(lab.getInstructions()));
	}

	private Prerequisite prerequisite(String code, AcademyUser viewer) {
		Optional<CourseVersion> version = visibleVersion(code, viewer);
		boolean completed = version.map(v -> isCompleted(v, viewer.id())).orElse(false);
		return new Prerequisite(code, version.map(CourseVersion::title).orElse(null), completed);
	}

	/** Every lesson of the version done; with later issues, every lab passed too. */
	boolean isCompleted(CourseVersion version, long userId) {
		return enrollments.findByUserIdAndCourseId(userId, version.getCourse().getId())
			.map(enrollment -> version.getModules().stream().allMatch(module -> module.getLessons().stream()
				.allMatch(lesson -> enrollment.isCompleted(lesson.getSlug()))))
			.orElse(false);
	}

}
