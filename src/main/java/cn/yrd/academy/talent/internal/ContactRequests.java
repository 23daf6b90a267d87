package cn.yrd.academy.talent.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.UserContact;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.notification.Notifications;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies ask to contact students who share contact details; the student accepts or declines. Contact details
 * cross only after acceptance, and then both ways: the company sees the student's, the student the requester's.
 */
@Service
@Transactional
public class ContactRequests {

	static final int MAX_MESSAGE = 1000;

	private final ContactRequestRepository requests;

	private final TalentProfileRepository profiles;

	private final TalentCardRepository cards;

	private final UserDirectory users;

	private final Organizations organizations;

	private final Notifications notifications;

	private final Clock clock;

	ContactRequests(ContactRequestRepository requests, TalentProfileRepository profiles, TalentCardRepository cards,
			UserDirectory users, Organizations organizations, Notifications notifications, Clock clock) {
		this.requests = requests;
		this.profiles = profiles;
		this.cards = cards;
		this.users = users;
		this.organizations = organizations;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * @throws ProfileNotFoundException when the profile is not active
	 * @throws TalentRefused when the student does not share contact details, the company already asked, or the
	 *     message is too long
	 */
	public ContactRequest request(AcademyUser partner, String publicId, String message, Long demandId) {
		TalentFinder.checkPartner(partner);
		TalentProfile profile = activeProfile(publicId);
		if (!profile.shares(TalentField.CONTACT)) {
			throw new TalentRefused("talent.refused.noContact");
		}
		String text = message == null ? "" : message.strip();
		if (text.length() > MAX_MESSAGE || text.chars().anyMatch(ch -> ch == '<' || ch == '>')) {
			throw new TalentRefused("talent.refused.message", MAX_MESSAGE);
		}
		if (requests.existsByProfileIdAndOrganizationIdAndStatusIn(profile.getId(), partner.organizationId(),
				List.of(ContactRequest.Status.PENDING, ContactRequest.Status.ACCEPTED))) {
			throw new TalentRefused("talent.refused.alreadyRequested");
		}
		ContactRequest request = requests.save(new ContactRequest(profile.getId(), partner.organizationId(),
				partner.id(), demandId, text, clock.instant()));
		notifications.send(Notification.of(profile.getUserId(), "talent-contact-request",
				organizationName(partner.organizationId()), text).withLink("/talent/requests"));
		return request;
	}

	/** The student accepts; the company is told and sees the contact details from now on. */
	public ContactRequest accept(AcademyUser student, long requestId) {
		ContactRequest request = pendingOf(student, requestId);
		request.accept(clock.instant());
		String publicId = profiles.findById(request.getProfileId()).map(TalentProfile::getPublicId).orElseThrow();
		notifications.send(Notification.of(request.getRequesterId(), "talent-contact-accepted", student.displayName())
			.withLink("/talent/profiles/" + publicId));
		return request;
	}

	public ContactRequest decline(AcademyUser student, long requestId) {
		ContactRequest request = pendingOf(student, requestId);
		request.decline(clock.instant());
		notifications.send(Notification.of(request.getRequesterId(), "talent-contact-declined"));
		return request;
	}

	/** The requests made to the student, newest first. */
	@Transactional(readOnly = true)
	public List<ContactRequest> toStudent(long userId) {
		return profiles.findByUserId(userId)
			.map(profile -> requests.findByProfileIdOrderByRequestedAtDesc(profile.getId()))
			.orElse(List.of());
	}

	/** The requests the company made, newest first. */
	@Transactional(readOnly = true)
	public List<ContactRequest> byOrganization(long organizationId) {
		return requests.findByOrganizationIdOrderByRequestedAtDesc(organizationId);
	}

	/** The student's contact details for a company whose request the student accepted; empty otherwise. */
	@Transactional(readOnly = true)
	public Optional<Contact> studentContact(TalentProfile profile, long organizationId) {
		if (!profile.isActive() || requests.findFirstByProfileIdAndOrganizationIdAndStatus(profile.getId(),
				organizationId, ContactRequest.Status.ACCEPTED).isEmpty()) {
			return Optional.empty();
		}
		Optional<UserContact> account = users.contact(profile.getUserId());
		TalentProfile.Details details = profile.details();
		return account.map(user -> new Contact(user.displayName(),
				details.contactEmail() != null ? details.contactEmail() : user.email(), details.contactPhone()));
	}

	/** The requester's contact details, for the student, once the student accepted. */
	@Transactional(readOnly = true)
	public Optional<Contact> requesterContact(ContactRequest request) {
		if (request.getStatus() != ContactRequest.Status.ACCEPTED) {
			return Optional.empty();
		}
		return users.contact(request.getRequesterId()).map(user -> new Contact(user.displayName(), user.email(), null));
	}

	public Bilingual organizationName(long organizationId) {
		return organizations.find(organizationId).map(OrganizationSummary::name).orElse(new Bilingual("?", "?"));
	}

	/** Someone's contact details: name, e-mail, phone (may be empty). */
	public record Contact(String name, String email, String phone) {
	}

	private ContactRequest pendingOf(AcademyUser student, long requestId) {
		ContactRequest request = requests.lockById(requestId)
			.filter(r -> profiles.findById(r.getProfileId()).map(p -> p.getUserId() == student.id()).orElse(false))
			.orElseThrow(() -> new ProfileNotFoundException("request " + requestId));
		if (request.getStatus() != ContactRequest.Status.PENDING) {
			throw new TalentRefused("talent.refused.notPending");
		}
		return request;
	}

	private TalentProfile activeProfile(String publicId) {
		return cards.findByPublicId(publicId == null ? "" : publicId)
			.flatMap(card -> profiles.findById(card.getProfileId()))
			.filter(TalentProfile::isActive)
			.orElseThrow(() -> new ProfileNotFoundException(publicId));
	}

}
