package cn.yrd.academy.talent.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shortlist as CSV for Excel: UTF-8 with a byte order mark, one row per active profile, only what the student
 * shares (the card's fields), and contact details only where the student shares them and accepted this company's
 * contact request. Cells a spreadsheet would read as a formula are prefixed with a quote.
 */
@Service
@Transactional(readOnly = true)
public class ShortlistExport {

	static final String BOM = "\uFEFF";

	private static final List<String> COLUMNS = List.of("profile", "name", "organization", "province", "city",
			"certificates", "evidenceSkills", "declaredSkills", "labs", "graduation", "internship", "email", "phone");

	private final Shortlists shortlists;

	private final TalentProfileRepository profiles;

	private final ContactRequests contacts;

	private final SkillTaxonomy skills;

	private final MessageSource messages;

	ShortlistExport(Shortlists shortlists, TalentProfileRepository profiles, ContactRequests contacts,
			SkillTaxonomy skills, MessageSource messages) {
		this.shortlists = shortlists;
		this.profiles = profiles;
		this.contacts = contacts;
		this.skills = skills;
		this.messages = messages;
	}

	public String csv(AcademyUser partner, Long demandId, Locale locale) {
		StringBuilder out = new StringBuilder(BOM);
		line(out, COLUMNS.stream().map(c -> messages.getMessage("shortlist.csv." + c, null, locale)).toList());
		Set<Long> written = new LinkedHashSet<>();
		for (Shortlists.Row row : shortlists.of(partner, demandId).rows()) {
			if (written.add(row.card().getProfileId())) {
				line(out, cells(row.card(), partner.organizationId(), locale));
			}
		}
		return out.toString();
	}

	private List<String> cells(TalentCard card, long organizationId, Locale locale) {
		Optional<ContactRequests.Contact> contact = profiles.findById(card.getProfileId())
			.filter(profile -> profile.shares(TalentField.CONTACT))
			.flatMap(profile -> contacts.studentContact(profile, organizationId));
		List<String> cells = new ArrayList<>();
		cells.add(card.getPublicId());
		cells.add(card.getDisplayName());
		cells.add(card.getOrganizationName());
		cells.add(card.getProvince() == null ? null : messages.getMessage("province." + card.getProvince(), null, locale));
		cells.add(card.getCity());
		cells.add(card.getCertificateLines().stream().map(line -> {
			String[] parts = line.split("\\|", -1);
			return new Bilingual(parts[2], parts[3]).in(locale) + " (" + parts[4] + ")";
		}).collect(Collectors.joining("; ")));
		cells.add(card.getSkillLevelPairs().stream().map(pair -> {
			int colon = pair.lastIndexOf(':');
			return skillName(pair.substring(0, colon), locale) + " " + pair.substring(colon + 1);
		}).collect(Collectors.joining("; ")));
		cells.add(card.getDeclaredSkillList().stream().map(code -> skillName(code, locale))
			.collect(Collectors.joining("; ")));
		cells.add(card.getLabLines().stream().map(line -> {
			String[] parts = line.split("\\|", -1);
			return new Bilingual(parts[2], parts[3]).in(locale) + " " + parts[4] + "%";
		}).collect(Collectors.joining("; ")));
		cells.add(card.getGraduation() == null ? null : card.getGraduation().toString());
		cells.add(card.getOpenToInternship() == null ? null
				: messages.getMessage(card.getOpenToInternship() ? "shortlist.csv.yes" : "shortlist.csv.no", null, locale));
		cells.add(contact.map(ContactRequests.Contact::email).orElse(null));
		cells.add(contact.map(ContactRequests.Contact::phone).orElse(null));
		return cells;
	}

	private String skillName(String code, Locale locale) {
		return skills.find(code).map(Skill::name).map(name -> name.in(locale)).orElse(code);
	}

	private static void line(StringBuilder out, List<String> cells) {
		out.append(cells.stream().map(ShortlistExport::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	/** Quoted always; a leading {@code = + - @} (or tab, carriage return) is neutralised with a quote. */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
