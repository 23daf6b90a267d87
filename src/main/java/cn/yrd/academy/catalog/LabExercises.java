package cn.yrd.academy.catalog;

import java.util.List;
import java.util.Optional;

import cn.yrd.academy.identity.AcademyUser;

/**
 * The lab exercises of published courses and who may do them.
 */
public interface LabExercises {

	/** The exercise in the course's latest published version, if the viewer may see that course. */
	Optional<LabExerciseSummary> find(String courseCode, String labSlug, AcademyUser viewer);

	/** The exercise's instructions rendered to safe HTML, if the viewer may see its course. */
	Optional<String> instructionsHtml(String courseCode, String labSlug, AcademyUser viewer);

	/** Every exercise of the course's latest published version the viewer may see. */
	List<LabExerciseSummary> ofCourse(String courseCode, AcademyUser viewer);

	/** The grading checklist and pass mark of the exercise in the course's latest published version. */
	Optional<LabRubric> rubric(String courseCode, String labSlug);

	boolean isEnrolled(long userId, String courseCode);

	/** Whether the user may request class time for the course: its editors and cluster admins. */
	boolean teaches(AcademyUser user, String courseCode);

	/** Codes of the courses {@link #teaches(AcademyUser, String) taught} by the user, in order. */
	List<String> taughtBy(AcademyUser user);

}
