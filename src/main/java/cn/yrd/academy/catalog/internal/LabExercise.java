package cn.yrd.academy.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.shared.text.Bilingual;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * Hands-on work on a lab machine of a given image, graded against a checklist.
 */
@Entity
@Table(name = "lab_exercises")
public class LabExercise {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "module_id")
	private CourseModule module;

	private int position;

	private String slug;

	@Column(name = "title_zh")
	private String titleZh;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "lab_image")
	private String labImage;

	private int minutes;

	@Column(name = "pass_mark")
	private int passMark;

	private String instructions;

	@ElementCollection
	@CollectionTable(name = "lab_checklist_items", joinColumns = @JoinColumn(name = "lab_exercise_id"))
	@OrderColumn(name = "position")
	private List<ChecklistEntry> checklist = new ArrayList<>();

	/** One thing the grader checks, worth some points. */
	@Embeddable
	public static class ChecklistEntry {

		@Column(name = "text_zh")
		private String textZh;

		@Column(name = "text_en")
		private String textEn;

		private int points;

		protected ChecklistEntry() {
		}

		ChecklistEntry(Bilingual text, int points) {
			this.textZh = text.zh();
			this.textEn = text.en();
			this.points = points;
		}

		public Bilingual text() {
			return new Bilingual(textZh, textEn);
		}

		public int getPoints() {
			return points;
		}

	}

	protected LabExercise() {
	}

	static LabExercise of(CourseModule module, int position, CoursePackage.Lab content) {
		LabExercise lab = new LabExercise();
		lab.module = module;
		lab.position = position;
		lab.slug = content.slug();
		lab.titleZh = content.title().zh();
		lab.titleEn = content.title().en();
		lab.labImage = content.image();
		lab.minutes = content.minutes();
		lab.passMark = content.passMark();
		lab.instructions = content.instructions();
		content.checklist().forEach(item -> lab.checklist.add(new ChecklistEntry(item.text(), item.points())));
		return lab;
	}

	CoursePackage.Lab toPackage() {
		return new CoursePackage.Lab(slug, title(), labImage, minutes, passMark,
				checklist.stream().map(entry -> new CoursePackage.ChecklistItem(entry.text(), entry.points)).toList(),
				instructions);
	}

	public String getSlug() {
		return slug;
	}

	public Bilingual title() {
		return new Bilingual(titleZh, titleEn);
	}

	public String getLabImage() {
		return labImage;
	}

	public int getMinutes() {
		return minutes;
	}

	public int getPassMark() {
		return passMark;
	}

	public String getInstructions() {
		return instructions;
	}

	public List<ChecklistEntry> getChecklist() {
		return checklist;
	}

}
