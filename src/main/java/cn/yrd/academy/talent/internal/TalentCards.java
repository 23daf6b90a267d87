package cn.yrd.academy.talent.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import cn.yrd.academy.catalog.CourseProgress;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.catalog.LabRubric;
import cn.yrd.academy.certification.HeldCertificates;
import cn.yrd.academy.certification.HeldCertificates.HeldCertificate;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.identity.UserSummary;
import cn.yrd.academy.learning.LabResults;
import cn.yrd.academy.learning.LabResults.PassedLab;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a profile's search card from the fields its student shared, and nothing else: certificates that are valid
 * now (with their levels and skills), passed labs (scores, course skills), self-description and declared skills,
 * location, organization, preferences. Evidence weighs more than what a student says of themselves.
 */
@Service
public class TalentCards {

	/** A certificate counts fully for a year, then less each year down to a floor. */
	private static final Duration FULL_WEIGHT = Duration.ofDays(365);

	private final TalentProfileRepository profiles;

	private final TalentCardRepository cards;

	private final UserDirectory users;

	private final Organizations organizations;

	private final HeldCertificates certificates;

	private final LabResults labs;

	private final LabExercises exercises;

	private final CourseProgress courses;

	private final SkillTaxonomy skills;

	private final EntityManager entityManager;

	private final Clock clock;

	TalentCards(TalentProfileRepository profiles, TalentCardRepository cards, UserDirectory users,
			Organizations organizations, HeldCertificates certificates, LabResults labs, LabExercises exercises,
			CourseProgress courses, SkillTaxonomy skills, EntityManager entityManager, Clock clock) {
		this.profiles = profiles;
		this.cards = cards;
		this.users = users;
		this.organizations = organizations;
		this.certificates = certificates;
		this.labs = labs;
		this.exercises = exercises;
		this.courses = courses;
		this.skills = skills;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Builds the student's card again, or removes it when there is no active consent. Searches see the change as
	 * soon as the transaction commits (the index is refreshed before the commit returns).
	 */
	@Transactional
	public void refresh(long userId) {
		Search.session(entityManager).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
		Optional<TalentProfile> profile = profiles.findByUserId(userId);
		if (profile.isEmpty() || !profile.get().isActive()) {
			profile.flatMap(p -> cards.findById(p.getId())).ifPresent(cards::delete);
			return;
		}
		TalentProfile p = profile.get();
		TalentCard card = cards.findById(p.getId()).orElseGet(() -> new TalentCard(p.getId(), p.getPublicId()));
		card.show(content(p), clock.instant());
		cards.save(card);
	}

	TalentCard.Content content(TalentProfile profile) {
		Instant now = clock.instant();
		UserSummary user = users.summaries(List.of(profile.getUserId())).get(profile.getUserId());
		Optional<OrganizationSummary> organization = user == null ? Optional.empty()
				: organizations.find(user.organizationId());
		Set<String> words = new LinkedHashSet<>();
		String name = profile.shares(TalentField.NAME) && user != null ? user.displayName() : null;
		words.add(name);
		String organizationName = null;
		String organizationType = null;
		if (profile.shares(TalentField.ORGANIZATION) && organization.isPresent()) {
			organizationName = organization.get().name().zh();
			organizationType = organization.get().type().name();
			words.add(organization.get().name().zh());
			words.add(organization.get().name().en());
		}
		TalentProfile.Details details = profile.details();
		boolean location = profile.shares(TalentField.LOCATION);
		if (location) {
			words.add(details.city());
		}
		Map<String, Integer> skillLevels = new TreeMap<>();
		List<String> certificateLines = new ArrayList<>();
		Set<String> certificateCodes = new LinkedHashSet<>();
		Set<String> certificateLevels = new LinkedHashSet<>();
		Set<String> certifiedSkills = new LinkedHashSet<>();
		double score = 0;
		int maxLevel = 0;
		if (profile.shares(TalentField.CERTIFICATES)) {
			for (HeldCertificate held : certificates.of(profile.getUserId())) {
				if (!isValid(held, now)) {
					continue;
				}
				int level = held.level().ordinal() + 1;
				maxLevel = Math.max(maxLevel, level);
				certificateLines.add(String.join("|", held.definitionCode(), held.level().name(), held.name().zh(),
						held.name().en(), held.number()));
				certificateCodes.add(held.definitionCode());
				certificateLevels.add(held.level().name());
				words.add(held.name().zh());
				words.add(held.name().en());
				for (String skill : held.skills()) {
					certifiedSkills.add(skill);
					skillLevels.merge(skill, level, Math::max);
				}
				score += level * 10 * recency(held.issuedAt(), now);
			}
		}
		List<String> labLines = new ArrayList<>();
		Set<String> labSkills = new LinkedHashSet<>();
		if (profile.shares(TalentField.LABS)) {
			for (PassedLab lab : labs.passedBy(profile.getUserId())) {
				Optional<LabRubric> rubric = exercises.rubric(lab.courseCode(), lab.labSlug());
				int percent = rubric.map(r -> r.maxPoints() <= 0 ? 0 : Math.min(100, lab.score() * 100 / r.maxPoints()))
					.orElse(0);
				String titleZh = rubric.map(r -> r.title().zh()).orElse(lab.labSlug());
				String titleEn = rubric.map(r -> r.title().en()).orElse(lab.labSlug());
				labLines.add(String.join("|", lab.courseCode(), lab.labSlug(), titleZh, titleEn,
						Integer.toString(percent),
						lab.gradedAt().atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate().toString()));
				words.add(titleZh);
				words.add(titleEn);
				for (String skill : courses.skillsOf(lab.courseCode())) {
					labSkills.add(skill);
					skillLevels.merge(skill, 1, Math::max);
				}
				score += 2.0 * percent / 100;
			}
		}
		List<String> declared = profile.shares(TalentField.ABOUT) ? details.declaredSkills() : List.of();
		String about = profile.shares(TalentField.ABOUT) ? details.about() : "";
		words.add(about);
		boolean preferences = profile.shares(TalentField.PREFERENCES);
		String jobPreferences = preferences ? details.jobPreferences() : "";
		words.add(jobPreferences);
		for (String code : union(certifiedSkills, labSkills, declared)) {
			skills.find(code).map(Skill::name).ifPresent(skillName -> {
				words.add(skillName.zh());
				words.add(skillName.en());
			});
		}
		words.remove(null);
		words.remove("");
		return new TalentCard.Content(name, organizationName, organizationType, location ? details.province() : null,
				location ? details.city() : null, certificateLines, List.copyOf(certificateCodes),
				List.copyOf(certificateLevels), List.copyOf(certifiedSkills), List.copyOf(labSkills), declared,
				skillLevels.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList(), labLines, about,
				String.join("\n", words), preferences ? details.graduation() : null,
				preferences ? details.openToInternship() : null, jobPreferences, maxLevel, score);
	}

	static boolean isValid(HeldCertificate held, Instant now) {
		return held.status().isValid() && (held.validUntil() == null || now.isBefore(held.validUntil()));
	}

	/** 1 within a year of issue, then down by a fifth a year, never below 0.3. */
	static double recency(Instant issuedAt, Instant now) {
		Duration age = Duration.between(issuedAt, now);
		if (age.compareTo(FULL_WEIGHT) <= 0) {
			return 1;
		}
		double years = age.toDays() / 365.0;
		return Math.max(0.3, 1 - (years - 1) / 5);
	}

	private static Set<String> union(Set<String> a, Set<String> b, List<String> c) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		all.addAll(c);
		return all;
	}

}
