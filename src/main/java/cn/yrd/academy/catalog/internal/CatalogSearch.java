package cn.yrd.academy.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.catalog.CourseLevel;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Full-text search over the published catalog, in Chinese and English, with the filters and facet
 * counts of the catalog page. A course visible to its organization only is never found by others.
 */
@Service
public class CatalogSearch {

	public static final int PAGE_SIZE = 12;

	/** Deeper pages are not served: nobody reads them, and the offset must not overflow. */
	static final int MAX_PAGE = 1_000;

	private static final AggregationKey<Map<String, Long>> SKILLS = AggregationKey.of("skills");

	private static final AggregationKey<Map<String, Long>> LEVELS = AggregationKey.of("levels");

	private static final AggregationKey<Map<String, Long>> PROVINCES = AggregationKey.of("provinces");

	private static final AggregationKey<Map<Long, Long>> OWNERS = AggregationKey.of("owners");

	private final EntityManager entityManager;

	CatalogSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** What to look for; {@code null} fields do not filter. */
	public record Query(String text, String skill, CourseLevel level, Long owner, String province, Boolean hasLab,
			String language, boolean newestFirst, int page) {

		public static Query text(String text) {
			return new Query(text, null, null, null, null, null, null, false, 0);
		}

	}

	public record Facets(Map<String, Long> skills, Map<String, Long> levels, Map<String, Long> provinces,
			Map<Long, Long> owners) {
	}

	public record Page(List<CatalogCard> entries, long total, int page, int pages, Facets facets) {
	}

	/** A page of courses with the facet counts of the catalog page. */
	@Transactional(readOnly = true)
	public Page search(Query query, long viewerOrganizationId) {
		return search(query, viewerOrganizationId, true);
	}

	/** A page of courses only, as API clients need it: no facet counts to compute. */
	@Transactional(readOnly = true)
	public Page find(Query query, long viewerOrganizationId) {
		return search(query, viewerOrganizationId, false);
	}

	private Page search(Query query, long viewerOrganizationId, boolean withFacets) {
		int page = Math.min(Math.max(query.page(), 0), MAX_PAGE);
		var search = Search.session(entityManager)
			.search(CatalogEntry.class)
			.select(CatalogCard.class)
			.where((f, root) -> {
				root.add(f.or(f.match().field("visibility").matching("CLUSTER"),
						f.match().field("ownerOrganizationId").matching(viewerOrganizationId)));
				if (StringUtils.hasText(query.text())) {
					root.add(f.simpleQueryString()
						.field("titleZh").boost(4f).field("titleEn").boost(4f)
						.field("skillNames").boost(2f)
						.fields("summaryZh", "summaryEn", "lessonText")
						.matching(query.text().strip())
						.defaultOperator(BooleanOperator.AND));
				}
				if (query.skill() != null) {
					root.add(f.match().field("skill").matching(query.skill()));
				}
				if (query.level() != null) {
					root.add(f.match().field("level").matching(query.level().name()));
				}
				if (query.owner() != null) {
					root.add(f.match().field("ownerOrganizationId").matching(query.owner()));
				}
				if (query.province() != null) {
					root.add(f.match().field("ownerProvince").matching(query.province()));
				}
				if (query.hasLab() != null) {
					root.add(f.match().field("hasLab").matching(query.hasLab()));
				}
				if (query.language() != null) {
					root.add(f.match().field("language").matching(query.language()));
				}
			})
			.sort(f -> query.newestFirst() || !StringUtils.hasText(query.text())
					? f.field("publishedAt").desc().then().score() : f.score().then().field("publishedAt").desc());
		if (withFacets) {
			search = search.aggregation(SKILLS, f -> f.terms().field("skill", String.class).maxTermCount(100))
				.aggregation(LEVELS, f -> f.terms().field("level", String.class))
				.aggregation(PROVINCES, f -> f.terms().field("ownerProvince", String.class))
				.aggregation(OWNERS, f -> f.terms().field("ownerOrganizationId", Long.class).maxTermCount(100));
		}
		SearchResult<CatalogCard> result = search.fetch(page * PAGE_SIZE, PAGE_SIZE);
		long total = result.total().hitCount();
		Facets facets = withFacets ? new Facets(new LinkedHashMap<>(result.aggregation(SKILLS)),
				result.aggregation(LEVELS), result.aggregation(PROVINCES), result.aggregation(OWNERS))
				: new Facets(Map.of(), Map.of(), Map.of(), Map.of());
		return new Page(result.hits(), total, page, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE), facets);
	}

}
