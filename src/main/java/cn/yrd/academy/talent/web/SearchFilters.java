package cn.yrd.academy.talent.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.talent.internal.TalentSearch;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page's query parameters, cleaned: an unknown skill, level, province or organization type, a level
 * outside 1–3 or a page out of range filters nothing or is clamped, so no parameter can fail the page.
 */
record SearchFilters(String q, String skill, Integer minLevel, String level, String province, String orgType,
		boolean internship, YearMonth graduatingBy, int page) {

	static final int MAX_TEXT = 200;

	static final int MAX_PAGE = 500;

	static SearchFilters parse(Map<String, String> params, SkillTaxonomy skills) {
		String q = params.getOrDefault("q", "").strip();
		if (q.length() > MAX_TEXT) {
			q = q.substring(0, MAX_TEXT);
		}
		String skill = params.get("skill");
		skill = skill != null && skills.exists(skill) ? skill : null;
		Integer minLevel = number(params.get("minLevel"));
		minLevel = skill != null && minLevel != null && minLevel >= 1 && minLevel <= 3 ? minLevel : null;
		Integer page = number(params.get("page"));
		return new SearchFilters(q, skill, minLevel, known(params.get("level"), CertificateLevel.values()),
				known(params.get("province"), Province.values()), known(params.get("orgType"), OrganizationType.values()),
				"true".equals(params.get("internship")), month(params.get("graduatingBy")),
				page == null ? 0 : Math.min(Math.max(page, 0), MAX_PAGE));
	}

	/** A month such as {@code 2027-06}; anything else filters nothing. */
	static YearMonth month(String text) {
		if (text == null || text.isBlank() || text.length() > 7) {
			return null;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static Integer number(String text) {
		if (text == null || text.isBlank() || text.length() > 9) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String known(String value, Enum<?>[] values) {
		return value != null && Arrays.stream(values).anyMatch(v -> v.name().equals(value)) ? value : null;
	}

	TalentSearch.Query query() {
		return new TalentSearch.Query(q.isEmpty() ? null : q, skill, minLevel, level, null, province, orgType,
				internship ? Boolean.TRUE : null, graduatingBy == null ? null : graduatingBy.atEndOfMonth(), page);
	}

	public boolean isEmpty() {
		return q.isEmpty() && skill == null && level == null && province == null && orgType == null && !internship
				&& graduatingBy == null;
	}

	/** This search with one filter set (or cleared with {@code null}), back on the first page. */
	public String with(String name, Object value) {
		Map<String, Object> params = params();
		params.remove("page");
		if (value == null) {
			params.remove(name);
			if ("skill".equals(name)) {
				params.remove("minLevel");
			}
		}
		else {
			params.put(name, value);
		}
		return url(params);
	}

	/** This search on another page. */
	public String onPage(int number) {
		Map<String, Object> params = params();
		params.put("page", number);
		return url(params);
	}

	private Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		put(params, "q", q.isEmpty() ? null : q);
		put(params, "skill", skill);
		put(params, "minLevel", minLevel);
		put(params, "level", level);
		put(params, "province", province);
		put(params, "orgType", orgType);
		put(params, "internship", internship ? "true" : null);
		put(params, "graduatingBy", graduatingBy);
		put(params, "page", page == 0 ? null : page);
		return params;
	}

	private static void put(Map<String, Object> params, String name, Object value) {
		if (value != null) {
			params.put(name, value);
		}
	}

	private static String url(Map<String, Object> params) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/talent/search");
		params.forEach(builder::queryParam);
		return builder.encode().build().toUriString();
	}

}
