package cn.yrd.academy.identity;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * A training base as other modules see it: where it is and which organization runs it.
 */
public record TrainingBaseSummary(long id, String code, long organizationId, Bilingual name, Province province,
		String city) {
}
