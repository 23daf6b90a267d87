package cn.yrd.academy.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * How advanced a course is; course packages write the Chinese label.
 */
public enum CourseLevel {

	BEGINNER("初级"), INTERMEDIATE("中级"), ADVANCED("高级");

	private final String label;

	CourseLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<CourseLevel> ofLabel(String label) {
		return Arrays.stream(values()).filter(level -> level.label.equals(label)).findFirst();
	}

}
