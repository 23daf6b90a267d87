package cn.yrd.academy.catalog.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.internal.CatalogSearch;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shared catalog: search, filters with counts, newest or most relevant first.
 */
@Controller
class CatalogController {

	private final CatalogSearch search;

	private final Organizations organizations;

	private final SkillTaxonomy skills;

	CatalogController(CatalogSearch search, Organizations organizations, SkillTaxonomy skills) {
		this.search = search;
		this.organizations = organizations;
		this.skills = skills;
	}

	@GetMapping("/catalog")
	String catalog(@RequestParam(required = false) String q, @RequestParam(required = false) String skill,
			@RequestParam(required = false) CourseLevel level, @RequestParam(required = false) Long owner,
			@RequestParam(required = false) String province, @RequestParam(required = false) Boolean lab,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "relevance") String sort,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal AcademyUser user, Model model) {
		String text = q == null ? null : q.strip();
		CatalogSearch.Query query = new CatalogSearch.Query(text, blankToNull(skill), level, owner,
				blankToNull(province), lab, blankToNull(language), "newest".equals(sort), page);
		model.addAttribute("result", search.search(query, user.organizationId()));
		model.addAttribute("query", query);
		model.addAttribute("sort", sort);
		model.addAttribute("links", new CatalogLinks(query, sort));
		model.addAttribute("organizations", organizations.active().stream()
			.collect(Collectors.toMap(OrganizationSummary::id, Function.identity())));
		Map<String, Skill> skillsByCode = skills.all().stream()
			.collect(Collectors.toMap(Skill::code, Function.identity()));
		model.addAttribute("skills", skillsByCode);
		return "catalog/catalog";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
