package cn.yrd.academy.talent.internal;

import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster's aggregate view for its admins, counts only: supply is the active profiles that show evidence
 * (a valid certificate or a passed lab), per evidence skill and per province, straight from the search index;
 * demand is the headcount of open demands per required skill and per province (a demand without a region counts
 * under {@link #ANY_PROVINCE}).
 */
@Service
@Transactional(readOnly = true)
public class TalentSupplyDemand {

	public static final String ANY_PROVINCE = "*";

	private static final AggregationKey<Map<String, Long>> SKILLS = AggregationKey.of("skills");

	private static final AggregationKey<Map<String, Long>> PROVINCES = AggregationKey.of("provinces");

	private final EntityManager entityManager;

	private final TalentDemands demands;

	TalentSupplyDemand(EntityManager entityManager, TalentDemands demands) {
		this.entityManager = entityManager;
		this.demands = demands;
	}

	/** One row: how many profiles offer it, how many people open demands ask for. */
	public record Line(long supply, long demand) {
	}

	/** Per skill code and per province code, sorted by code; {@code profiles} counts profiles with evidence. */
	public record Overview(long profiles, Map<String, Line> skills, Map<String, Line> provinces) {

		public boolean isEmpty() {
			return skills.isEmpty() && provinces.isEmpty();
		}

	}

	public Overview overview() {
		SearchResult<TalentCard> supply = Search.session(entityManager)
			.search(TalentCard.class)
			.where(f -> f.exists().field("skill"))
			.aggregation(SKILLS, f -> f.terms().field("skill", String.class).maxTermCount(500))
			.aggregation(PROVINCES, f -> f.terms().field("province", String.class))
			.fetch(0);
		Map<String, long[]> skills = new TreeMap<>();
		Map<String, long[]> provinces = new TreeMap<>();
		supply.aggregation(SKILLS).forEach((code, count) -> skills.computeIfAbsent(code, k -> new long[2])[0] = count);
		supply.aggregation(PROVINCES).forEach((code, count) -> provinces.computeIfAbsent(code, k -> new long[2])[0] = count);
		for (TalentDemand demand : demands.open()) {
			for (RequiredSkill skill : demand.getSkills()) {
				skills.computeIfAbsent(skill.getSkillCode(), k -> new long[2])[1] += demand.getHeadcount();
			}
			if (demand.getProvinces().isEmpty()) {
				provinces.computeIfAbsent(ANY_PROVINCE, k -> new long[2])[1] += demand.getHeadcount();
			}
			for (String province : demand.getProvinces()) {
				provinces.computeIfAbsent(province, k -> new long[2])[1] += demand.getHeadcount();
			}
		}
		return new Overview(supply.total().hitCount(), lines(skills), lines(provinces));
	}

	private static Map<String, Line> lines(Map<String, long[]> counts) {
		Map<String, Line> lines = new TreeMap<>();
		counts.forEach((code, pair) -> lines.put(code, new Line(pair[0], pair[1])));
		return lines;
	}

}
