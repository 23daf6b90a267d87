package cn.yrd.academy.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.yrd.academy.catalog.internal.CatalogSearch;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the catalog page that change one thing — a filter or the page — and keep every other
 * choice the reader made.
 */
final class CatalogLinks {

	private final Map<String, Object> current = new LinkedHashMap<>();

	CatalogLinks(CatalogSearch.Query query, String sort) {
		current.put("q", query.text());
		current.put("skill", query.skill());
		current.put("level", query.level());
		current.put("owner", query.owner());
		current.put("province", query.province());
		current.put("lab", query.hasLab());
		current.put("language", query.language());
		current.put("sort", sort);
	}

	/** The first page of results with {@code parameter} set to {@code value}. */
	public String with(String parameter, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(current);
		changed.put(parameter, value);
		return build(changed, 0);
	}

	public String page(int page) {
		return build(current, page);
	}

	private static String build(Map<String, Object> parameters, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/catalog");
		parameters.forEach((name, value) -> {
			if (value != null && !value.toString().isEmpty()) {
				uri.queryParam(name, value);
			}
		});
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

}
