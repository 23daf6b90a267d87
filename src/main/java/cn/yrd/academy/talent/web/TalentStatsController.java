package cn.yrd.academy.talent.web;

import cn.yrd.academy.talent.internal.TalentSupplyDemand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Cluster admins compare talent supply with demand per skill and per province, counts only. */
@Controller
class TalentStatsController {

	private final TalentSupplyDemand supplyDemand;

	private final TalentTexts texts;

	TalentStatsController(TalentSupplyDemand supplyDemand, TalentTexts texts) {
		this.supplyDemand = supplyDemand;
		this.texts = texts;
	}

	@GetMapping("/admin/talent")
	String overview(Model model) {
		model.addAttribute("overview", supplyDemand.overview());
		model.addAttribute("skillNames", texts.skillNames());
		model.addAttribute("anyProvince", TalentSupplyDemand.ANY_PROVINCE);
		return "talent/supply-demand";
	}

}
