package cn.yrd.academy.catalog.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The catalog's {@code chinese} analyzer for an Elasticsearch or OpenSearch backend, matching the
 * Lucene one: smartcn segmentation (the cluster needs the {@code analysis-smartcn} plugin), then
 * lower-casing and Porter stemming.
 */
public class ElasticsearchChineseAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(CatalogEntry.ANALYZER).custom()
			.tokenizer("smartcn_tokenizer")
			.tokenFilters("lowercase", "porter_stem");
	}

}
