package cn.yrd.academy.shared.skills;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * A skill of the cluster's taxonomy.
 */
public record Skill(String code, Bilingual name, String category) {
}
