package cn.yrd.academy.talent.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateOptionsCollector;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The search engine over the talent cards: keywords in Chinese and English, filters, facet counts and a ranking in
 * which evidence (a certificate of the skill, then a passed lab) weighs more than a skill a student only declares,
 * and higher, more recent certificates and better lab scores come first. Cards hold shared fields only, so nothing
 * here can find or count what a student did not share. Access and audit are the caller's ({@link TalentFinder}).
 */
@Service
public class TalentSearch {

	public static final int PAGE_SIZE = 20;

	static final int MAX_PAGE = 500;

	static final int MAX_TEXT = 200;

	private static final AggregationKey<Map<String, Long>> PROVINCES = AggregationKey.of("provinces");

	private static final AggregationKey<Map<String, Long>> LEVELS = AggregationKey.of("levels");

	private static final AggregationKey<Map<String, Long>> SKILLS = AggregationKey.of("skills");

	private static final AggregationKey<Map<String, Long>> ORGANIZATION_TYPES = AggregationKey.of("organizationTypes");

	private final EntityManager entityManager;

	TalentSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * What a company looks for; {@code null} does not filter. {@code skill} with {@code minLevel} (1 初级, 2 中级,
	 * 3 高级) asks for evidence at that level; {@code level} is a certificate level held; {@code graduatingBy} keeps
	 * students who share a graduation date on or before it (available by then).
	 */
	public record Query(String text, String skill, Integer minLevel, String level, String certificate,
			String province, String organizationType, Boolean openToInternship, LocalDate graduatingBy, int page) {

		public static Query text(String text) {
			return new Query(text, null, null, null, null, null, null, null, null, 0);
		}

	}

	public record Facets(Map<String, Long> provinces, Map<String, Long> levels, Map<String, Long> skills,
			Map<String, Long> organizationTypes) {
	}

	public record Page(List<TalentCard> results, long total, int page, int pages, Facets facets) {
	}

	private static boolean filter(BooleanPredicateOptionsCollector<?, ?> bool, SearchPredicateFactory f, String field,
			String value) {
		if (!StringUtils.hasText(value)) {
			return false;
		}
		bool.must(f.match().field(field).matching(value));
		return true;
	}

	@Transactional(readOnly = true)
	public Page search(Query query) {
		int page = Math.min(Math.max(query.page(), 0), MAX_PAGE);
		String text = query.text() == null ? null : query.text().strip();
		if (text != null && text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		String keywords = text;
		SearchResult<TalentCard> result = Search.session(entityManager)
			.search(TalentCard.class)
			.where(f -> f.bool().with(b -> {
				boolean filtered = false;
				if (StringUtils.hasText(keywords)) {
					b.must(f.simpleQueryString().field("keywords").matching(keywords)
						.defaultOperator(BooleanOperator.AND));
					// the same words found in certificates and graded labs weigh more than in what students say
					b.should(f.simpleQueryString().field("evidenceText").matching(keywords).boost(3f));
					filtered = true;
				}
				if (StringUtils.hasText(query.skill())) {
					if (query.minLevel() != null && query.minLevel() > 0) {
						b.must(f.match().field("skillAtLeast").matching(query.skill() + ":" + query.minLevel()));
					}
					else {
						b.must(f.or(f.match().field("certifiedSkill").matching(query.skill()).boost(4f),
								f.match().field("labSkill").matching(query.skill()).boost(2f),
								f.match().field("declaredSkill").matching(query.skill()).boost(0.5f)));
					}
					filtered = true;
				}
				filtered |= filter(b, f, "level", query.level());
				filtered |= filter(b, f, "certificate", query.certificate());
				filtered |= filter(b, f, "province", query.province());
				filtered |= filter(b, f, "organizationType", query.organizationType());
				if (query.openToInternship() != null) {
					b.must(f.match().field("openToInternship").matching(query.openToInternship()));
					filtered = true;
				}
				if (query.graduatingBy() != null) {
					b.must(f.range().field("graduation").atMost(query.graduatingBy()));
					filtered = true;
				}
				// no criteria lists the whole pool by evidence, as a recruiter browsing expects; a boolean query
				// of should clauses alone would leave out everyone without a certificate
				if (!filtered) {
					b.must(f.matchAll());
				}
				// each certificate level held adds to the score: 初级, 中级, 高级
				for (int level = 1; level <= 3; level++) {
					b.should(f.range().field("maxLevel").atLeast(level).constantScore().boost(1.5f));
				}
			}))
			.sort(f -> f.score().then().field("evidenceScore").desc())
			.aggregation(PROVINCES, f -> f.terms().field("province", String.class))
			.aggregation(LEVELS, f -> f.terms().field("level", String.class))
			.aggregation(SKILLS, f -> f.terms().field("skill", String.class).maxTermCount(50))
			.aggregation(ORGANIZATION_TYPES, f -> f.terms().field("organizationType", String.class))
			.fetch(page * PAGE_SIZE, PAGE_SIZE);
		long total = result.total().hitCount();
		return new Page(result.hits(), total, page, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE),
				new Facets(result.aggregation(PROVINCES), result.aggregation(LEVELS),
						new LinkedHashMap<>(result.aggregation(SKILLS)), result.aggregation(ORGANIZATION_TYPES)));
	}

}
