package cn.yrd.academy.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.yrd.academy.catalog.CourseProgress.CourseOutline;
import cn.yrd.academy.certification.internal.RequirementCheck.CourseRecord;
import cn.yrd.academy.certification.internal.RequirementCheck.Evaluation;
import cn.yrd.academy.certification.internal.RequirementCheck.LabPass;
import cn.yrd.academy.certification.internal.RequirementCheck.StudentRecord;
import cn.yrd.academy.shared.text.Bilingual;
import org.junit.jupiter.api.Test;

class RequirementCheckTests {

	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	private static final CourseOutline PLC = new CourseOutline("PLC-101", new Bilingual("PLC 入门", "PLC basics"),
			List.of("what-is-a-plc", "counters"), List.of("start-stop-latch", "traffic-light-sequence"));

	@Test
	void aLabRequirementIsMetByAPassAtOrAboveTheMinimumScore() {
		Requirement requirement = Requirement.lab("PLC-101", "start-stop-latch", 80);

		assertThat(evaluate(List.of(requirement), record(pass(1, "start-stop-latch", 80, 0))).met()).isTrue();
		assertThat(evaluate(List.of(requirement), record(pass(1, "start-stop-latch", 79, 0))).met()).isFalse();
		assertThat(evaluate(List.of(requirement), record(pass(1, "traffic-light-sequence", 100, 0))).met()).isFalse();
	}

	@Test
	void aMissingLabIsNamedInTheOutcome() {
		Evaluation evaluation = evaluate(List.of(Requirement.lab("PLC-101", "start-stop-latch", 60)), record());

		assertThat(evaluation.outcomes()).singleElement()
			.satisfies(outcome -> assertThat(outcome.missingLabs()).containsExactly("start-stop-latch"));
		assertThat(evaluation.metCount()).isZero();
	}

	@Test
	void aCourseRequirementNeedsEveryLessonAndEveryLabAtTheMinimumScore() {
		List<Requirement> course = List.of(Requirement.course("PLC-101", 70));
		Set<String> allLessons = Set.of("what-is-a-plc", "counters");
		List<LabPass> bothLabs = List.of(pass(1, "start-stop-latch", 90, 0), pass(2, "traffic-light-sequence", 70, 1));

		assertThat(evaluate(course, record(bothLabs, allLessons)).met()).isTrue();

		Evaluation lessonMissing = evaluate(course, record(bothLabs, Set.of("counters")));
		assertThat(lessonMissing.met()).isFalse();
		assertThat(lessonMissing.outcomes().get(0).missingLessons()).containsExactly("what-is-a-plc");

		Evaluation lowScore = evaluate(course,
				record(List.of(pass(1, "start-stop-latch", 90, 0), pass(2, "traffic-light-sequence", 69, 1)), allLessons));
		assertThat(lowScore.met()).isFalse();
		assertThat(lowScore.outcomes().get(0).missingLabs()).containsExactly("traffic-light-sequence");
	}

	@Test
	void anUnpublishedCourseIsNeverMet() {
		StudentRecord record = new StudentRecord(List.of(pass(1, "start-stop-latch", 100, 0)),
				Map.of("PLC-101", new CourseRecord(Optional.empty(), Set.of("what-is-a-plc", "counters"))));

		Evaluation evaluation = evaluate(List.of(Requirement.course("PLC-101", 0)), record);

		assertThat(evaluation.met()).isFalse();
		assertThat(evaluation.outcomes().get(0).coursePublished()).isFalse();
		assertThat(evaluate(List.of(Requirement.course("OTHER-1", 0)), record).met()).isFalse();
	}

	@Test
	void sinceExcludesPassesGradedBeforeIt() {
		List<Requirement> lab = List.of(Requirement.lab("PLC-101", "start-stop-latch", 60));
		StudentRecord old = record(pass(1, "start-stop-latch", 100, 0));

		assertThat(RequirementCheck.evaluate(lab, old, T0.plusSeconds(3600)).met()).isFalse();
		assertThat(RequirementCheck.evaluate(lab, old, T0).met()).as("a pass at the same instant is not fresh").isFalse();

		StudentRecord renewed = record(pass(1, "start-stop-latch", 100, 0), pass(7, "start-stop-latch", 75, 48));
		Evaluation evaluation = RequirementCheck.evaluate(lab, renewed, T0.plusSeconds(3600));
		assertThat(evaluation.met()).isTrue();
		assertThat(evaluation.evidence()).extracting(LabPass::submissionId).containsExactly(7L);
	}

	@Test
	void evidenceNamesEachSubmissionOnceInTheOrderItWasGraded() {
		List<Requirement> requirements = List.of(Requirement.course("PLC-101", 60),
				Requirement.lab("PLC-101", "traffic-light-sequence", 60), Requirement.lab("PLC-101", "start-stop-latch", 60));
		StudentRecord record = record(List.of(pass(5, "traffic-light-sequence", 80, 2), pass(3, "start-stop-latch", 90, 1)),
				Set.of("what-is-a-plc", "counters"));

		Evaluation evaluation = evaluate(requirements, record);

		assertThat(evaluation.met()).isTrue();
		assertThat(evaluation.evidence()).extracting(LabPass::submissionId).containsExactly(3L, 5L);
	}

	@Test
	void theMostRecentQualifyingPassIsTheEvidence() {
		StudentRecord record = record(pass(1, "start-stop-latch", 95, 0), pass(2, "start-stop-latch", 85, 5),
				pass(3, "start-stop-latch", 50, 9));

		Evaluation evaluation = evaluate(List.of(Requirement.lab("PLC-101", "start-stop-latch", 80)), record);

		assertThat(evaluation.evidence()).extracting(LabPass::submissionId).containsExactly(2L);
	}

	@Test
	void anEmptyRequirementListIsNeverMet() {
		assertThat(evaluate(List.of(), record(pass(1, "start-stop-latch", 100, 0))).met()).isFalse();
	}

	private static Evaluation evaluate(List<Requirement> requirements, StudentRecord record) {
		return RequirementCheck.evaluate(requirements, record, null);
	}

	private static LabPass pass(long submissionId, String lab, int percent, int hoursAfterStart) {
		return new LabPass(submissionId, "PLC-101", lab, percent, T0.plusSeconds(hoursAfterStart * 3600L));
	}

	private static StudentRecord record(LabPass... passes) {
		return record(List.of(passes), Set.of());
	}

	private static StudentRecord record(List<LabPass> passes, Set<String> lessonsDone) {
		return new StudentRecord(passes, Map.of("PLC-101", new CourseRecord(Optional.of(PLC), lessonsDone)));
	}

}
