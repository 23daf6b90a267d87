package cn.yrd.academy.talent.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's separate, informed and revocable consent to the talent pool (PIPL): which fields to share, under
 * which consent text (its version and checksum are kept with every grant, change and withdrawal). Withdrawing
 * removes the profile from search and from every company's view before the call returns.
 */
@Service
@Transactional
public class TalentConsent {

	/** The version of the consent text ({@code talent.consent.text} in the bundles); bump it when the text changes. */
	public static final String TEXT_VERSION = "v1";

	static final int MAX_ABOUT = 1000;

	static final int MAX_PREFERENCES = 500;

	static final int MAX_DECLARED = 20;

	private final TalentProfileRepository profiles;

	private final ConsentRecordRepository consents;

	private final TalentCards cards;

	private final SkillTaxonomy skills;

	private final MessageSource messages;

	private final Clock clock;

	TalentConsent(TalentProfileRepository profiles, ConsentRecordRepository consents, TalentCards cards,
			SkillTaxonomy skills, MessageSource messages, Clock clock) {
		this.profiles = profiles;
		this.consents = consents;
		this.cards = cards;
		this.skills = skills;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<TalentProfile> profileOf(long userId) {
		return profiles.findByUserId(userId);
	}

	@Transactional(readOnly = true)
	public List<ConsentRecord> history(long userId) {
		return consents.findByUserIdOrderByRecordedAtDesc(userId);
	}

	/**
	 * Opts the student in, or changes what they share and say; the profile is searchable when this returns.
	 *
	 * @throws TalentRefused when no field is chosen or a detail is out of bounds
	 */
	public TalentProfile consent(AcademyUser student, Set<TalentField> fields, TalentProfile.Details details) {
		checkStudent(student);
		if (fields == null || fields.isEmpty()) {
			throw new TalentRefused("talent.refused.noFields");
		}
		check(details);
		TalentProfile profile = profiles.findByUserId(student.id()).orElseGet(() -> new TalentProfile(student.id()));
		ConsentRecord.Action action = profile.isActive() ? ConsentRecord.Action.CHANGED : ConsentRecord.Action.GRANTED;
		profile.consent(fields, TEXT_VERSION, clock.instant());
		profile.describe(details, clock.instant());
		profiles.saveAndFlush(profile);
		consents.save(new ConsentRecord(student.id(), action, TalentField.format(fields), TEXT_VERSION, textSha256(),
				clock.instant()));
		cards.refresh(student.id());
		return profile;
	}

	/** Withdraws consent: no company finds or opens the profile any more, from the moment this returns. */
	public void withdraw(AcademyUser student) {
		checkStudent(student);
		profiles.findByUserId(student.id()).filter(TalentProfile::isActive).ifPresent(profile -> {
			profile.withdraw(clock.instant());
			profiles.saveAndFlush(profile);
			consents.save(new ConsentRecord(student.id(), ConsentRecord.Action.WITHDRAWN, "", TEXT_VERSION,
					textSha256(), clock.instant()));
			cards.refresh(student.id());
		});
	}

	private static void checkStudent(AcademyUser user) {
		if (!user.hasRole(Role.STUDENT)) {
			throw new AccessDeniedException("Only students have talent profiles");
		}
	}

	private void check(TalentProfile.Details details) {
		if (details.about().length() > MAX_ABOUT || hasMarkup(details.about())) {
			throw new TalentRefused("talent.refused.about", MAX_ABOUT);
		}
		if (details.jobPreferences().length() > MAX_PREFERENCES || hasMarkup(details.jobPreferences())) {
			throw new TalentRefused("talent.refused.preferences", MAX_PREFERENCES);
		}
		if (details.province() != null
				&& Arrays.stream(Province.values()).noneMatch(p -> p.name().equals(details.province()))) {
			throw new TalentRefused("talent.refused.province");
		}
		if (details.city() != null && (details.city().length() > 60 || hasMarkup(details.city()))) {
			throw new TalentRefused("talent.refused.city");
		}
		LocalDate today = LocalDate.now(clock);
		if (details.graduation() != null && (details.graduation().isBefore(today.minusYears(50))
				|| details.graduation().isAfter(today.plusYears(10)))) {
			throw new TalentRefused("talent.refused.graduation");
		}
		if (details.contactEmail() != null && !details.contactEmail().matches("[^@\\s<>]{1,64}@[^@\\s<>]{1,95}\\.[^@\\s<>]{2,}")) {
			throw new TalentRefused("talent.refused.email");
		}
		if (details.contactPhone() != null && !details.contactPhone().matches("\\+?[0-9 -]{5,20}")) {
			throw new TalentRefused("talent.refused.phone");
		}
		if (details.declaredSkills().size() > MAX_DECLARED) {
			throw new TalentRefused("talent.refused.tooManySkills", MAX_DECLARED);
		}
		for (String skill : details.declaredSkills()) {
			if (!skills.exists(skill)) {
				throw new TalentRefused("talent.refused.skill", skill);
			}
		}
	}

	private static boolean hasMarkup(String text) {
		return text.chars().anyMatch(ch -> ch == '<' || ch == '>' || (Character.isISOControl(ch) && ch != '\n' && ch != '\r'));
	}

	/** The checksum of the Chinese consent text, the binding version, as the student was shown it. */
	String textSha256() {
		String text = messages.getMessage("talent.consent.text", null, Locale.SIMPLIFIED_CHINESE);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
