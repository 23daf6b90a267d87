package cn.yrd.academy.catalog.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Chinese word segmentation (smartcn's HMM tokenizer, which also splits English words) followed by
 * lower-casing, so {@code 机器人}, {@code PLC} and {@code plc} all find what they should.
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(CatalogEntry.ANALYZER).custom()
			.tokenizer("hmmChinese")
			.tokenFilter("lowercase")
			.tokenFilter("porterStem");
	}

}
