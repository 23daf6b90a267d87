package cn.yrd.academy.talent.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.yrd.academy.certification.HeldCertificates;
import cn.yrd.academy.certification.HeldCertificates.HeldCertificate;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What approved partner companies do with the pool: search it and open profiles, each recorded (searches in
 * {@code talent_searches}, views in {@code talent_profile_views}, which the student sees).
 */
@Service
@Transactional
public class TalentFinder {

	private final TalentSearch search;

	private final TalentCardRepository cards;

	private final TalentProfileRepository profiles;

	private final ProfileViewRepository views;

	private final SearchLogRepository searches;

	private final HeldCertificates certificates;

	private final Organizations organizations;

	private final ContactRequests contacts;

	private final Clock clock;

	TalentFinder(TalentSearch search, TalentCardRepository cards, TalentProfileRepository profiles,
			ProfileViewRepository views, SearchLogRepository searches, HeldCertificates certificates,
			Organizations organizations, ContactRequests contacts, Clock clock) {
		this.contacts = contacts;
		this.search = search;
		this.cards = cards;
		this.profiles = profiles;
		this.views = views;
		this.searches = searches;
		this.certificates = certificates;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** Approved partners only: a partner not yet approved cannot log in, anyone else is refused here. */
	public static void checkPartner(AcademyUser user) {
		if (!user.hasRole(Role.PARTNER) || !user.isEnabled()) {
			throw new AccessDeniedException("Only approved partner companies search the talent pool");
		}
	}

	public TalentSearch.Page search(AcademyUser partner, TalentSearch.Query query) {
		checkPartner(partner);
		TalentSearch.Page page = search.search(query);
		searches.save(new SearchLog(partner.organizationId(), partner.id(), query.toString(), page.total(),
				clock.instant()));
		return page;
	}

	/** An active profile as the company sees it, with its certificates' live status; the view is recorded. */
	public Opened open(AcademyUser partner, String publicId) {
		checkPartner(partner);
		TalentCard card = cards.findByPublicId(publicId == null ? "" : publicId)
			.orElseThrow(() -> new ProfileNotFoundException(publicId));
		TalentProfile profile = profiles.findById(card.getProfileId())
			.filter(TalentProfile::isActive)
			.orElseThrow(() -> new ProfileNotFoundException(publicId));
		views.save(new ProfileView(profile.getId(), partner.organizationId(), partner.id(), clock.instant()));
		Map<String, HeldCertificate> live = profile.shares(TalentField.CERTIFICATES)
				? certificates.of(profile.getUserId()).stream()
					.collect(Collectors.toMap(HeldCertificate::number, c -> c, (a, b) -> a))
				: Map.of();
		return new Opened(card, live, contacts.studentContact(profile, partner.organizationId()));
	}

	/**
	 * A profile opened by a company: the card, the current state of each certificate on it by number, and the
	 * student's contact details once the student accepted this company's contact request.
	 */
	public record Opened(TalentCard card, Map<String, HeldCertificate> liveCertificates,
			Optional<ContactRequests.Contact> contact) {
	}

	/** Which companies opened the student's profile, and when, newest first. */
	@Transactional(readOnly = true)
	public List<Viewer> viewersOf(long userId) {
		return profiles.findByUserId(userId)
			.map(profile -> views.findByProfileIdOrderByViewedAtDesc(profile.getId()).stream()
				.map(view -> new Viewer(organizations.find(view.getOrganizationId()).map(OrganizationSummary::name)
					.orElse(new Bilingual("?", "?")), view.getViewedAt()))
				.toList())
			.orElse(List.of());
	}

	public record Viewer(Bilingual organization, Instant viewedAt) {
	}

}
