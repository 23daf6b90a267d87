package cn.yrd.academy.talent.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.shared.web.ApiException;
import cn.yrd.academy.talent.internal.TalentField;
import org.springframework.http.HttpStatus;

/**
 * Reads the talent API's parameters strictly: an unknown enum value or a malformed number is a 400 problem naming
 * the parameter, never a 500 and never a silently wider search.
 */
final class TalentApiParameters {

	private static final int MAX_SKILL = 60;

	private TalentApiParameters() {
	}

	static String level(String level) {
		return blank(level) ? null : oneOf("level", level.strip(), CertificateLevel.class).name();
	}

	static String province(String province) {
		return blank(province) ? null : oneOf("province", province.strip(), Province.class).name();
	}

	static String organizationType(String type) {
		return blank(type) ? null : oneOf("orgType", type.strip(), OrganizationType.class).name();
	}

	static String skill(String skill) {
		if (blank(skill)) {
			return null;
		}
		if (skill.length() > MAX_SKILL || !skill.strip().matches("[a-z0-9-]+")) {
			throw invalid("skill", skill);
		}
		return skill.strip();
	}

	static Integer minLevel(String minLevel) {
		if (blank(minLevel)) {
			return null;
		}
		Integer level = integer("minLevel", minLevel);
		if (level < 1 || level > 3) {
			throw invalid("minLevel", minLevel);
		}
		return level;
	}

	/** A negative page is the first; the engine caps a page far past the end. */
	static int page(String page) {
		return blank(page) ? 0 : Math.max(0, integer("page", page));
	}

	static Boolean bool(String name, String value) {
		if (blank(value)) {
			return null;
		}
		return switch (value.strip().toLowerCase()) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw invalid(name, value);
		};
	}

	static LocalDate date(String name, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw invalid(name, value);
		}
	}

	static Set<TalentField> fields(List<String> names) {
		Set<TalentField> fields = EnumSet.noneOf(TalentField.class);
		for (String name : names == null ? List.<String>of() : names) {
			String known = name == null ? "" : name.strip().toUpperCase();
			if (Arrays.stream(TalentField.values()).noneMatch(field -> field.name().equals(known))) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-field", "talent.api.unknownField",
						shorten(name), Arrays.toString(TalentField.values()));
			}
			fields.add(TalentField.valueOf(known));
		}
		return fields;
	}

	private static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> invalid(name, value));
	}

	private static int integer(String name, String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw invalid(name, value);
		}
	}

	private static ApiException invalid(String name, String value) {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "talent.api.invalidParameter", name,
				shorten(value));
	}

	private static String shorten(String value) {
		return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
