package cn.yrd.academy.certification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.yrd.academy.catalog.CourseProgress.CourseOutline;

/**
 * Checks a student's record against a definition's requirements. Plain logic, no database: the caller gathers
 * the record. Only lab passes graded after {@code since} count, so a renewal needs fresh work.
 */
public final class RequirementCheck {

	private RequirementCheck() {
	}

	/** A passed lab exercise, scored in percent of the exercise's points. */
	public record LabPass(long submissionId, String courseCode, String labSlug, int percent, Instant gradedAt) {
	}

	/** A course as the student has studied it: its outline (empty when unpublished) and the lessons done. */
	public record CourseRecord(Optional<CourseOutline> outline, Set<String> lessonsDone) {
	}

	/** What a student has done: lab passes and the courses named by the requirements. */
	public record StudentRecord(List<LabPass> passes, Map<String, CourseRecord> courses) {
	}

	/** One requirement's outcome: the passes that meet it, or what is still missing. */
	public record Outcome(Requirement requirement, List<LabPass> evidence, List<String> missingLessons,
			List<String> missingLabs, boolean coursePublished) {

		public boolean met() {
			return coursePublished && missingLessons.isEmpty() && missingLabs.isEmpty();
		}

	}

	public record Evaluation(List<Outcome> outcomes) {

		public boolean met() {
			return !outcomes.isEmpty() && outcomes.stream().allMatch(Outcome::met);
		}

		/** The passes behind every requirement, each submission once, in the order they were graded. */
		public List<LabPass> evidence() {
			Map<Long, LabPass> unique = new LinkedHashMap<>();
			outcomes.stream().flatMap(outcome -> outcome.evidence().stream())
				.sorted(Comparator.comparing(LabPass::gradedAt))
				.forEach(pass -> unique.putIfAbsent(pass.submissionId(), pass));
			return List.copyOf(unique.values());
		}

		public long metCount() {
			return outcomes.stream().filter(Outcome::met).count();
		}

	}

	static Evaluation evaluate(List<Requirement> requirements, StudentRecord record, Instant since) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Requirement requirement : requirements) {
			outcomes.add(switch (requirement.getKind()) {
				case LAB -> labOutcome(requirement, record, since);
				case COURSE -> courseOutcome(requirement, record, since);
			});
		}
		return new Evaluation(outcomes);
	}

	private static Outcome labOutcome(Requirement requirement, StudentRecord record, Instant since) {
		Optional<LabPass> pass = bestPass(record, requirement.getCourseCode(), requirement.getLabSlug(),
				requirement.getMinScore(), since);
		return new Outcome(requirement, pass.stream().toList(), List.of(),
				pass.isPresent() ? List.of() : List.of(requirement.getLabSlug()), true);
	}

	private static Outcome courseOutcome(Requirement requirement, StudentRecord record, Instant since) {
		CourseRecord course = record.courses().get(requirement.getCourseCode());
		if (course == null || course.outline().isEmpty()) {
			return new Outcome(requirement, List.of(), List.of(), List.of(), false);
		}
		CourseOutline outline = course.outline().get();
		List<String> missingLessons = outline.lessons().stream()
			.filter(lesson -> !course.lessonsDone().contains(lesson))
			.toList();
		List<LabPass> evidence = new ArrayList<>();
		List<String> missingLabs = new ArrayList<>();
		for (String lab : outline.labs()) {
			bestPass(record, outline.code(), lab, requirement.getMinScore(), since)
				.ifPresentOrElse(evidence::add, () -> missingLabs.add(lab));
		}
		return new Outcome(requirement, evidence, missingLessons, missingLabs, true);
	}

	/** The most recent pass of the exercise that scored at least {@code minScore} and came after {@code since}. */
	private static Optional<LabPass> bestPass(StudentRecord record, String courseCode, String labSlug, int minScore,
			Instant since) {
		return record.passes().stream()
			.filter(pass -> pass.courseCode().equals(courseCode) && pass.labSlug().equals(labSlug))
			.filter(pass -> pass.percent() >= minScore)
			.filter(pass -> since == null || pass.gradedAt().isAfter(since))
			.max(Comparator.comparing(LabPass::gradedAt));
	}

}
