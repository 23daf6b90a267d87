package cn.yrd.academy.talent.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups for the talent pages: a student's own card (to preview what companies see), the card and
 * profile behind a contact request, and whether the pool holds anyone at all. No access checks here; the pages
 * show these only to the student concerned or to the company that made the request.
 */
@Service
@Transactional(readOnly = true)
public class TalentLookup {

	private final TalentCardRepository cards;

	private final TalentProfileRepository profiles;

	TalentLookup(TalentCardRepository cards, TalentProfileRepository profiles) {
		this.cards = cards;
		this.profiles = profiles;
	}

	/** The card companies see of this profile; empty when it is not in the pool. */
	public Optional<TalentCard> card(long profileId) {
		return cards.findById(profileId);
	}

	public Optional<TalentProfile> profile(long profileId) {
		return profiles.findById(profileId);
	}

	/** Whether the active profile with this id shares contact details, so a company may ask for them. */
	public boolean sharesContact(long profileId) {
		return profiles.findById(profileId).map(p -> p.shares(TalentField.CONTACT)).orElse(false);
	}

	public boolean poolIsEmpty() {
		return cards.count() == 0;
	}

}
