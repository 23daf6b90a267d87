package cn.yrd.academy.talent.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a student may share with partner companies, field by field; nothing else of theirs is ever shown.
 * Contact details are shown only to a company whose contact request the student accepted.
 */
public enum TalentField {

	/** The student's name. */
	NAME,
	/** The school or company and its type. */
	ORGANIZATION,
	/** Province and city. */
	LOCATION,
	/** Cluster certificates, with their live verification status. */
	CERTIFICATES,
	/** Graded lab exercises passed, with scores. */
	LABS,
	/** Self-description and self-declared skills, shown as such. */
	ABOUT,
	/** Graduation date, internships, job preferences. */
	PREFERENCES,
	/** E-mail and phone, after an accepted contact request only. */
	CONTACT;

	static Set<TalentField> parse(String csv) {
		if (csv == null || csv.isBlank()) {
			return EnumSet.noneOf(TalentField.class);
		}
		return Arrays.stream(csv.split(",")).map(TalentField::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(TalentField.class)));
	}

	static String format(Set<TalentField> fields) {
		return fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

}
