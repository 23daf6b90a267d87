package cn.yrd.academy.catalog.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.labs.LabImages;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.yaml.SourceProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports course packages into the catalog and exports them again. An import is checked completely
 * first; with any problem nothing is written.
 */
@Service
public class CoursePackages {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	private final CatalogPublisher publisher;

	private final Organizations organizations;

	private final CoursePackageParser parser;

	private final Clock clock;

	CoursePackages(CourseRepository courses, CourseVersionRepository versions, CatalogPublisher publisher,
			Organizations organizations, SkillTaxonomy skills, LabImages labImages, Clock clock) {
		this.courses = courses;
		this.versions = versions;
		this.publisher = publisher;
		this.organizations = organizations;
		this.clock = clock;
		this.parser = new CoursePackageParser(new PackageRules() {
			@Override
			public boolean skillExists(String code) {
				return skills.exists(code);
			}

			@Override
			public boolean labImageExists(String code) {
				return labImages.exists(code);
			}

			@Override
			public boolean organizationExists(String code) {
				return organizations.findByCode(code).isPresent();
			}
		});
	}

	/** What an import did: the course code and version, or every problem found. */
	public record ImportResult(String code, int version, boolean published, List<SourceProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/**
	 * Imports a package as a new draft of its course (a new course if the code is new), published at
	 * once when asked. Instructors import for their own organization only.
	 */
	@Transactional
	public ImportResult importPackage(PackageFiles files, AcademyUser importer, boolean publish) {
		CoursePackageParser.Result parsed = parser.parse(files);
		if (!parsed.ok()) {
			return failed(parsed.problems());
		}
		CoursePackage content = parsed.course().orElseThrow();
		OrganizationSummary owner = organizations.findByCode(content.owner()).orElseThrow();
		List<SourceProblem> problems = new ArrayList<>();
		if (importer != null && !importer.hasRole(Role.CLUSTER_ADMIN) && owner.id() != importer.organizationId()) {
			problems.add(new SourceProblem("course.yaml", 0, "owner", "course.notYourOrganization", content.owner()));
		}
		Optional<Course> existing = courses.lockByCode(content.code());
		if (existing.isPresent() && existing.get().getOwnerOrganizationId() != owner.id()) {
			problems.add(new SourceProblem("course.yaml", 0, "code", "course.codeTaken", content.code()));
		}
		if (!problems.isEmpty()) {
			return failed(problems);
		}
		Course course = existing.orElseGet(() -> courses.save(new Course(content.code(), owner.id(), clock.instant())));
		versions.findFirstByCourseIdAndStatusOrderByNumberDesc(course.getId(), CourseVersion.Status.DRAFT)
			.ifPresent(versions::delete);
		versions.flush();
		CourseVersion draft = versions.save(
				CourseVersion.draftOf(course, versions.lastNumber(course.getId()) + 1, content, clock.instant()));
		if (publish) {
			publisher.publish(draft);
		}
		return new ImportResult(content.code(), draft.getNumber(), publish, List.of());
	}

	/** A draft waiting to be published, as the import page lists it. */
	public record Draft(String code, int version, Bilingual title) {
	}

	@Transactional(readOnly = true)
	public List<Draft> drafts(AcademyUser editor) {
		return versions.draftsOf(editor.organizationId()).stream()
			.map(version -> new Draft(version.getCourse().getCode(), version.getNumber(), version.title()))
			.toList();
	}

	/**
	 * Publishes a course's draft; {@code false} when the course has no draft.
	 * @throws AccessDeniedException when the editor is not an instructor of the owner organization
	 */
	@Transactional
	public boolean publishDraft(String code, AcademyUser editor) {
		Course course = courses.lockByCode(code).orElseThrow(() -> new CourseNotFoundException(code));
		checkEditor(course, editor);
		return versions.findFirstByCourseIdAndStatusOrderByNumberDesc(course.getId(), CourseVersion.Status.DRAFT)
			.map(draft -> {
				publisher.publish(draft);
				return true;
			})
			.orElse(false);
	}

	/** Only instructors of the owner organization, and cluster admins, change or export a course. */
	private boolean isVisible(Course course, AcademyUser user) {
		return versions.findFirstByCourseIdAndStatusOrderByNumberDesc(course.getId(), CourseVersion.Status.PUBLISHED)
			.filter(version -> version.getVisibility() == Visibility.CLUSTER
					|| course.getOwnerOrganizationId() == user.organizationId())
			.isPresent();
	}

	static boolean isEditor(Course course, AcademyUser user) {
		return user.hasRole(Role.CLUSTER_ADMIN)
				|| (user.hasRole(Role.INSTRUCTOR) && course.getOwnerOrganizationId() == user.organizationId());
	}

	/**
	 * @throws CourseNotFoundException for a course the user may not even see, so its code stays secret
	 * @throws AccessDeniedException for a course the user sees but may not change
	 */
	void checkEditor(Course course, AcademyUser editor) {
		if (!isEditor(course, editor) && !isVisible(course, editor)) {
			throw new CourseNotFoundException(course.getCode());
		}
		if (!isEditor(course, editor)) {
			throw new AccessDeniedException("Not an editor of " + course.getCode());
		}
	}

	/** The latest published version of a course as package files, as an import would read them. */
	@Transactional(readOnly = true)
	public Optional<PackageFiles> export(String code, AcademyUser editor) {
		Optional<Course> course = courses.findByCode(code);
		course.ifPresent(found -> checkEditor(found, editor));
		return course
			.flatMap(found -> versions.findFirstByCourseIdAndStatusOrderByNumberDesc(found.getId(),
					CourseVersion.Status.PUBLISHED))
			.map(version -> CoursePackageWriter.write(version.toPackage(
					organizations.find(version.getCourse().getOwnerOrganizationId()).orElseThrow().code())));
	}

	private static ImportResult failed(List<SourceProblem> problems) {
		return new ImportResult(null, 0, false, problems);
	}

}
