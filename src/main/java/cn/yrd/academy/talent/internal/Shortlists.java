package cn.yrd.academy.talent.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yrd.academy.identity.AcademyUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's shortlists: profiles it keeps for a demand or in general. Only active profiles are ever shown; an
 * entry whose student withdrew stays (the student may opt in again) but is only counted, never shown.
 */
@Service
@Transactional
public class Shortlists {

	static final int MAX_NOTE = 500;

	private final ShortlistEntryRepository entries;

	private final TalentCardRepository cards;

	private final TalentDemands demands;

	private final Clock clock;

	Shortlists(ShortlistEntryRepository entries, TalentCardRepository cards, TalentDemands demands, Clock clock) {
		this.entries = entries;
		this.cards = cards;
		this.demands = demands;
		this.clock = clock;
	}

	/**
	 * @throws ProfileNotFoundException when the profile is not active
	 * @throws DemandNotFoundException when the demand is not the company's
	 * @throws TalentRefused when the note is too long or the profile is already on that list
	 */
	public ShortlistEntry add(AcademyUser partner, String publicId, Long demandId, String note) {
		TalentFinder.checkPartner(partner);
		TalentCard card = cards.findByPublicId(publicId == null ? "" : publicId)
			.orElseThrow(() -> new ProfileNotFoundException(publicId));
		if (demandId != null) {
			demands.get(partner, demandId);
		}
		String text = note == null ? "" : note.strip();
		if (text.length() > MAX_NOTE || text.chars().anyMatch(ch -> ch == '<' || ch == '>')) {
			throw new TalentRefused("shortlist.refused.note", MAX_NOTE);
		}
		long organizationId = partner.organizationId();
		boolean listed = demandId == null
				? entries.existsByOrganizationIdAndDemandIdIsNullAndProfileId(organizationId, card.getProfileId())
				: entries.existsByOrganizationIdAndDemandIdAndProfileId(organizationId, demandId, card.getProfileId());
		if (listed) {
			throw new TalentRefused("shortlist.refused.duplicate");
		}
		return entries.save(new ShortlistEntry(organizationId, demandId, card.getProfileId(), text, partner.id(),
				clock.instant()));
	}

	public void remove(AcademyUser partner, long entryId) {
		TalentFinder.checkPartner(partner);
		ShortlistEntry entry = entries.findById(entryId)
			.filter(e -> e.getOrganizationId() == partner.organizationId())
			.orElseThrow(() -> new ShortlistEntryNotFoundException(entryId));
		entries.delete(entry);
	}

	/** An entry with the card of its (active) profile. */
	public record Row(ShortlistEntry entry, TalentCard card) {
	}

	/** The entries of one demand, or the general list when {@code demand} is null. */
	public record Group(TalentDemand demand, List<Row> rows) {
	}

	/** The company's lists; {@code withdrawn} counts entries hidden because their student withdrew. */
	public record Shortlist(List<Group> groups, int withdrawn) {

		public List<Row> rows() {
			return groups.stream().flatMap(g -> g.rows().stream()).toList();
		}

	}

	/**
	 * The company's shortlists grouped by demand, newest entries first; with {@code demandId} only that demand's.
	 *
	 * @throws DemandNotFoundException when the demand is not the company's
	 */
	@Transactional(readOnly = true)
	public Shortlist of(AcademyUser partner, Long demandId) {
		TalentFinder.checkPartner(partner);
		Map<Long, TalentDemand> own = demands.of(partner).stream()
			.collect(Collectors.toMap(TalentDemand::getId, Function.identity()));
		if (demandId != null && !own.containsKey(demandId)) {
			throw new DemandNotFoundException(demandId);
		}
		List<ShortlistEntry> listed = entries.findByOrganizationIdOrderByAddedAtDesc(partner.organizationId())
			.stream()
			.filter(e -> demandId == null || demandId.equals(e.getDemandId()))
			.toList();
		Map<Long, TalentCard> active = cards.findAllById(listed.stream().map(ShortlistEntry::getProfileId).toList())
			.stream()
			.collect(Collectors.toMap(TalentCard::getProfileId, Function.identity()));
		Map<Long, List<Row>> byDemand = new LinkedHashMap<>();
		int withdrawn = 0;
		for (ShortlistEntry entry : listed) {
			TalentCard card = active.get(entry.getProfileId());
			if (card == null) {
				withdrawn++;
				continue;
			}
			byDemand.computeIfAbsent(entry.getDemandId() == null ? 0L : entry.getDemandId(), k -> new ArrayList<>())
				.add(new Row(entry, card));
		}
		List<Group> groups = byDemand.entrySet().stream()
			.map(e -> new Group(e.getKey() == 0L ? null : own.get(e.getKey()), List.copyOf(e.getValue())))
			.toList();
		return new Shortlist(groups, withdrawn);
	}

}
