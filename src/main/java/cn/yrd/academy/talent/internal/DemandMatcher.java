package cn.yrd.academy.talent.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import cn.yrd.academy.identity.AcademyUser;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the talent pool for a demand. The engine finds candidates with any requirement (evidence at the level
 * scores most, a declared skill least) within the demand's region; each is then explained and ranked by the share
 * of requirements met by evidence, evidence score breaking ties. Cards hold shared fields of active profiles only,
 * so a student who never opted in or withdrew is never among them. The search is recorded like any other.
 */
@Service
@Transactional
public class DemandMatcher {

	/** Shown per demand. */
	public static final int TOP = 50;

	/** Read from the engine before explaining; partial matches beyond this rank lower than any shown. */
	static final int CANDIDATES = 1000;

	private final EntityManager entityManager;

	private final TalentDemands demands;

	private final MatchExplainer explainer;

	private final SearchLogRepository searches;

	private final Clock clock;

	DemandMatcher(EntityManager entityManager, TalentDemands demands, MatchExplainer explainer,
			SearchLogRepository searches, Clock clock) {
		this.entityManager = entityManager;
		this.demands = demands;
		this.explainer = explainer;
		this.searches = searches;
		this.clock = clock;
	}

	/** The demand's best {@link #TOP} matches, best first; the total counts every candidate found. */
	public record Matches(TalentDemand demand, List<DemandMatch> top, long total) {
	}

	/** @throws DemandNotFoundException when the demand is not the partner's company's */
	public Matches match(AcademyUser partner, long demandId) {
		TalentDemand demand = demands.get(partner, demandId);
		List<TalentCard> candidates = candidates(demand);
		List<DemandMatch> ranked = explainer.explain(demand, candidates).stream()
			.sorted(Comparator.comparingInt(DemandMatch::met).reversed()
				.thenComparing(Comparator.comparingDouble((DemandMatch m) -> m.card().getEvidenceScore()).reversed()))
			.limit(TOP)
			.toList();
		searches.save(new SearchLog(partner.organizationId(), partner.id(), "demand:" + demandId, candidates.size(),
				clock.instant()));
		return new Matches(demand, ranked, candidates.size());
	}

	List<TalentCard> candidates(TalentDemand demand) {
		if (demand.requirementCount() == 0) {
			return List.of();
		}
		return Search.session(entityManager)
			.search(TalentCard.class)
			.where(f -> {
				var bool = f.bool().minimumShouldMatchNumber(1);
				for (RequiredSkill skill : demand.getSkills()) {
					String code = skill.getSkillCode();
					bool.should(f.match().field("skillAtLeast").matching(code + ":" + skill.getMinLevel()).boost(4f));
					bool.should(f.match().field("skill").matching(code).boost(1f));
					bool.should(f.match().field("declaredSkill").matching(code).boost(0.2f));
				}
				for (String code : demand.getCertifications()) {
					bool.should(f.match().field("certificate").matching(code).boost(4f));
				}
				if (!demand.getProvinces().isEmpty()) {
					bool.filter(f.terms().field("province").matchingAny(demand.getProvinces()));
				}
				return bool;
			})
			.sort(f -> f.score().then().field("evidenceScore").desc())
			.fetchHits(CANDIDATES);
	}

}
