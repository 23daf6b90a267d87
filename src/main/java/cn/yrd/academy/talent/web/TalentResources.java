package cn.yrd.academy.talent.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.yrd.academy.certification.HeldCertificates.HeldCertificate;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.talent.internal.ContactRequests;
import cn.yrd.academy.talent.internal.TalentCard;
import cn.yrd.academy.talent.internal.TalentField;
import cn.yrd.academy.talent.internal.TalentProfile;
import cn.yrd.academy.talent.internal.TalentSearch;

/**
 * What the talent API answers. A card carries only what its student shared: a field not shared, or empty, is
 * absent from the JSON (never {@code null}), so a client cannot even tell a hidden field from an empty one.
 */
final class TalentResources {

	private TalentResources() {
	}

	record SearchResponse(long total, int page, int pages, List<CardResource> results, FacetsResource facets) {
	}

	record FacetsResource(Map<String, Long> province, Map<String, Long> level, Map<String, Long> skill,
			Map<String, Long> organizationType) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record CardResource(String id, String name, String organization, String organizationType, String province,
			String city, List<CertificateResource> certificates, List<SkillLevel> evidenceSkills,
			List<String> declaredSkills, List<LabResource> labs, LocalDate graduation, Boolean openToInternship,
			String jobPreferences, String about, ContactResource contact) {
	}

	/** In search results code, level and name; an opened profile adds the number and its live status. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CertificateResource(String code, String level, Bilingual name, String number, String status) {
	}

	record SkillLevel(String skill, int level) {
	}

	record LabResource(String course, String lab, Bilingual title, int score) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record ContactResource(String name, String email, String phone) {
	}

	/** The student's own profile, all of it: it is theirs. */
	record ProfileResource(String id, Set<TalentField> fields, String consentVersion, String consentedAt,
			String about, String province, String city, LocalDate graduation, boolean openToInternship,
			String jobPreferences, String contactEmail, String contactPhone, List<String> declaredSkills) {
	}

	static SearchResponse search(TalentSearch.Page page) {
		TalentSearch.Facets facets = page.facets();
		return new SearchResponse(page.total(), page.page(), page.pages(),
				page.results().stream().map(card -> card(card, null, null)).toList(),
				new FacetsResource(facets.provinces(), facets.levels(), facets.skills(), facets.organizationTypes()));
	}

	/**
	 * @param live the certificates' current state by number, for an opened profile; {@code null} in search results
	 */
	static CardResource card(TalentCard card, ContactRequests.Contact contact, Map<String, HeldCertificate> live) {
		return new CardResource(card.getPublicId(), card.getDisplayName(), card.getOrganizationName(),
				card.getOrganizationType(), card.getProvince(), card.getCity(),
				card.getCertificateLines().stream().map(line -> certificate(line, live)).toList(),
				card.getSkillLevelPairs().stream().map(TalentResources::skillLevel).toList(),
				card.getDeclaredSkillList(), card.getLabLines().stream().map(TalentResources::lab).toList(),
				card.getGraduation(), card.getOpenToInternship(), card.getJobPreferences(), card.getAbout(),
				contact == null ? null : new ContactResource(contact.name(), contact.email(), contact.phone()));
	}

	static ProfileResource profile(TalentProfile profile) {
		TalentProfile.Details details = profile.details();
		return new ProfileResource(profile.getPublicId(), profile.sharedFields(), profile.getConsentVersion(),
				profile.getConsentedAt() == null ? null : profile.getConsentedAt().toString(), details.about(),
				details.province(), details.city(), details.graduation(), details.openToInternship(),
				details.jobPreferences(), details.contactEmail(), details.contactPhone(), details.declaredSkills());
	}

	/** {@code code|level|name zh|name en|number}; the number and status stay out of search results. */
	private static CertificateResource certificate(String line, Map<String, HeldCertificate> live) {
		String[] parts = line.split("\\|", -1);
		if (live == null) {
			return new CertificateResource(parts[0], parts[1], new Bilingual(parts[2], parts[3]), null, null);
		}
		HeldCertificate held = live.get(parts[4]);
		return new CertificateResource(parts[0], parts[1], new Bilingual(parts[2], parts[3]), parts[4],
				held == null ? null : held.status().name());
	}

	/** {@code course|lab|title zh|title en|score %|graded day}. */
	private static LabResource lab(String line) {
		String[] parts = line.split("\\|", -1);
		return new LabResource(parts[0], parts[1], new Bilingual(parts[2], parts[3]), Integer.parseInt(parts[4]));
	}

	private static SkillLevel skillLevel(String pair) {
		int colon = pair.lastIndexOf(':');
		return new SkillLevel(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
	}

}
