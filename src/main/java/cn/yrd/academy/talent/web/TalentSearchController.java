package cn.yrd.academy.talent.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.talent.internal.TalentFinder;
import cn.yrd.academy.talent.internal.TalentLookup;
import cn.yrd.academy.talent.internal.TalentSearch;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Approved partner companies search the talent pool: keywords, skill and minimum level, certificate level,
 * province, organization type and internships, with facet counts. Every search is recorded by {@link TalentFinder}.
 */
@Controller
class TalentSearchController {

	private final TalentFinder finder;

	private final TalentLookup lookup;

	private final TalentCardViews views;

	private final SkillTaxonomy skills;

	TalentSearchController(TalentFinder finder, TalentLookup lookup, TalentCardViews views, SkillTaxonomy skills) {
		this.finder = finder;
		this.lookup = lookup;
		this.views = views;
		this.skills = skills;
	}

	@GetMapping("/talent/search")
	String search(@RequestParam Map<String, String> params, @AuthenticationPrincipal AcademyUser partner,
			Model model) {
		TalentFinder.checkPartner(partner);
		SearchFilters filters = SearchFilters.parse(params, skills);
		TalentSearch.Page page = finder.search(partner, filters.query());
		model.addAttribute("filters", filters);
		model.addAttribute("page", page);
		model.addAttribute("results", page.results().stream().map(views::of).toList());
		model.addAttribute("poolEmpty", page.total() == 0 && lookup.poolIsEmpty());
		model.addAttribute("skills", skills.all());
		model.addAttribute("skillNames", page.facets().skills().keySet().stream()
			.collect(Collectors.toMap(code -> code, views::name)));
		model.addAttribute("levels", List.of(CertificateLevel.values()));
		model.addAttribute("provinces", List.of(Province.values()));
		model.addAttribute("organizationTypes", List.of(OrganizationType.values()));
		return "talent/search";
	}

}
