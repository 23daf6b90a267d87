package cn.yrd.academy.catalog;

import java.time.Instant;

/**
 * A student marked a lesson of a course done.
 */
public record LessonCompleted(long userId, String courseCode, String lessonSlug, Instant at) {
}
