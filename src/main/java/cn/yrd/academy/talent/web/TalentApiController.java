package cn.yrd.academy.talent.web;

import java.util.List;
import java.util.Locale;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.shared.web.ApiController;
import cn.yrd.academy.shared.web.ApiProblem;
import cn.yrd.academy.talent.internal.ProfileNotFoundException;
import cn.yrd.academy.talent.internal.TalentConsent;
import cn.yrd.academy.talent.internal.TalentFinder;
import cn.yrd.academy.talent.internal.TalentProfile;
import cn.yrd.academy.talent.internal.TalentRefused;
import cn.yrd.academy.talent.internal.TalentSearch;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The talent pool for scripts and apps: approved partners search and open consented profiles (each search and view
 * recorded), students give, change and withdraw their consent. Anyone else gets a 403 problem; bad parameters a
 * 400 problem; an unknown, withdrawn or never-consented profile the same 404.
 */
@ApiController
class TalentApiController {

	private final TalentFinder finder;

	private final TalentConsent consent;

	private final MessageSource messages;

	TalentApiController(TalentFinder finder, TalentConsent consent, MessageSource messages) {
		this.finder = finder;
		this.consent = consent;
		this.messages = messages;
	}

	/** What a student sends to opt in or change their profile; it replaces what they said before. */
	record ConsentRequest(List<String> fields, String about, String province, String city, String graduation,
			Boolean openToInternship, String jobPreferences, String contactEmail, String contactPhone,
			List<String> declaredSkills) {
	}

	@GetMapping("/api/v1/talent/search")
	TalentResources.SearchResponse search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String skill, @RequestParam(required = false) String minLevel,
			@RequestParam(required = false) String level, @RequestParam(required = false) String province,
			@RequestParam(required = false) String orgType, @RequestParam(required = false) String internship,
			@RequestParam(required = false) String graduatingBy, @RequestParam(required = false) String page,
			@AuthenticationPrincipal AcademyUser user) {
		TalentFinder.checkPartner(user);
		TalentSearch.Query query = new TalentSearch.Query(q, TalentApiParameters.skill(skill),
				TalentApiParameters.minLevel(minLevel), TalentApiParameters.level(level), null,
				TalentApiParameters.province(province), TalentApiParameters.organizationType(orgType),
				TalentApiParameters.bool("internship", internship), TalentApiParameters.date("graduatingBy", graduatingBy),
				TalentApiParameters.page(page));
		return TalentResources.search(finder.search(user, query));
	}

	/** An opened profile: the card, its certificates' numbers and live status, contact details once accepted. */
	@GetMapping("/api/v1/talent/profiles/{id}")
	TalentResources.CardResource profile(@PathVariable String id, @AuthenticationPrincipal AcademyUser user) {
		TalentFinder.Opened opened = finder.open(user, id);
		return TalentResources.card(opened.card(), opened.contact().orElse(null), opened.liveCertificates());
	}

	@GetMapping("/api/v1/talent/consent")
	TalentResources.ProfileResource mine(@AuthenticationPrincipal AcademyUser user) {
		return consent.profileOf(user.id()).filter(TalentProfile::isActive).map(TalentResources::profile)
			.orElseThrow(() -> new ProfileNotFoundException("of user " + user.id()));
	}

	@PostMapping("/api/v1/talent/consent")
	TalentResources.ProfileResource consent(@RequestBody ConsentRequest request,
			@AuthenticationPrincipal AcademyUser user) {
		TalentProfile.Details details = new TalentProfile.Details(request.about(), request.province(),
				request.city(), TalentApiParameters.date("graduation", request.graduation()),
				Boolean.TRUE.equals(request.openToInternship()), request.jobPreferences(), request.contactEmail(),
				request.contactPhone(), request.declaredSkills());
		return TalentResources.profile(consent.consent(user, TalentApiParameters.fields(request.fields()), details));
	}

	/** Withdraws consent: when this answers, no search finds the profile any more. */
	@DeleteMapping("/api/v1/talent/consent")
	ResponseEntity<Void> withdraw(@AuthenticationPrincipal AcademyUser user) {
		consent.withdraw(user);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(TalentRefused.class)
	ResponseEntity<ProblemDetail> refused(TalentRefused refused, Locale locale) {
		String rule = refused.messageKey().substring(refused.messageKey().lastIndexOf('.') + 1);
		String code = rule.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
		return ApiProblem.response(HttpStatus.BAD_REQUEST, code,
				messages.getMessage(refused.messageKey(), refused.arguments(), locale));
	}

	@ExceptionHandler(ProfileNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(Locale locale) {
		return ApiProblem.response(HttpStatus.NOT_FOUND, "profile-not-found",
				messages.getMessage("talent.api.profileNotFound", null, locale));
	}

}
