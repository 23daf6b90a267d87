package cn.yrd.academy.identity;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * A member organization as other modules see it.
 */
public record OrganizationSummary(long id, String code, Bilingual name, Province province, OrganizationType type) {
}
