package cn.yrd.academy.talent.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.talent.internal.ShortlistExport;
import cn.yrd.academy.talent.internal.Shortlists;
import cn.yrd.academy.talent.internal.TalentDemands;
import cn.yrd.academy.talent.internal.TalentRefused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner company's shortlists: add a profile (from a profile or a demand's matches), list them by demand,
 * remove an entry, export a list as CSV with consented fields only.
 */
@Controller
@RequestMapping("/partner/shortlists")
class ShortlistController {

	private final Shortlists shortlists;

	private final ShortlistExport export;

	private final TalentDemands demands;

	private final TalentTexts texts;

	ShortlistController(Shortlists shortlists, ShortlistExport export, TalentDemands demands, TalentTexts texts) {
		this.shortlists = shortlists;
		this.export = export;
		this.demands = demands;
		this.texts = texts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AcademyUser partner, Model model) {
		model.addAttribute("shortlist", shortlists.of(partner, null));
		model.addAttribute("demands", demands.of(partner));
		model.addAttribute("skillNames", texts.skillNames());
		return "talent/shortlists";
	}

	@PostMapping("/add")
	String add(@RequestParam String profile, @RequestParam(required = false) Long demand,
			@RequestParam(required = false) String note, @AuthenticationPrincipal AcademyUser partner,
			RedirectAttributes redirect) {
		try {
			shortlists.add(partner, profile, demand, note);
			redirect.addFlashAttribute("messageKey", "shortlist.added");
		}
		catch (TalentRefused refused) {
			redirect.addFlashAttribute("errorKey", refused.messageKey());
		}
		return "redirect:/partner/shortlists";
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @AuthenticationPrincipal AcademyUser partner, RedirectAttributes redirect) {
		shortlists.remove(partner, id);
		redirect.addFlashAttribute("messageKey", "shortlist.removed");
		return "redirect:/partner/shortlists";
	}

	@GetMapping(value = "/export.csv")
	ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) Long demand,
			@AuthenticationPrincipal AcademyUser partner, Locale locale) {
		byte[] body = export.csv(partner, demand, locale).getBytes(StandardCharsets.UTF_8);
		String name = demand == null ? "talent-shortlist.csv" : "talent-shortlist-" + demand + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
