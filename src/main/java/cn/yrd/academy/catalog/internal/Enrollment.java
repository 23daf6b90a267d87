package cn.yrd.academy.catalog.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * A student's place in a course, with the lessons they have completed. Lessons are named by their
 * slug, unique within a course, so progress carries over to later published versions even when a
 * lesson moves to another unit.
 */
@Entity
@Table(name = "enrollments")
public class Enrollment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id")
	private long userId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_id")
	private Course course;

	@Column(name = "enrolled_at")
	private Instant enrolledAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "lesson_progress", joinColumns = @JoinColumn(name = "enrollment_id"))
	@MapKeyColumn(name = "lesson_key")
	@Column(name = "completed_at")
	private Map<String, Instant> completedLessons = new HashMap<>();

	protected Enrollment() {
	}

	public Enrollment(long userId, Course course, Instant enrolledAt) {
		this.userId = userId;
		this.course = course;
		this.enrolledAt = enrolledAt;
	}

	/** Marks a lesson done; marking it again keeps the first time. */
	public void complete(String lessonKey, Instant now) {
		completedLessons.putIfAbsent(lessonKey, now);
	}

	public void reopen(String lessonKey) {
		completedLessons.remove(lessonKey);
	}

	public boolean isCompleted(String lessonKey) {
		return completedLessons.containsKey(lessonKey);
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public Course getCourse() {
		return course;
	}

	public Instant getEnrolledAt() {
		return enrolledAt;
	}

	public Map<String, Instant> getCompletedLessons() {
		return Map.copyOf(completedLessons);
	}

}
