package cn.yrd.academy.catalog.web;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.internal.CatalogSearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogLinksTests {

	private final CatalogLinks links = new CatalogLinks(new CatalogSearch.Query("机器人", "robot-welding",
			CourseLevel.INTERMEDIATE, null, null, null, "en", true, 3), "newest");

	@Test
	void aFacetLinkKeepsEveryOtherChoiceAndStartsAtTheFirstPage() {
		assertThat(links.with("province", "JS")).isEqualTo("/catalog?q=%E6%9C%BA%E5%99%A8%E4%BA%BA"
				+ "&skill=robot-welding&level=INTERMEDIATE&province=JS&language=en&sort=newest");
	}

	@Test
	void aPagerLinkChangesOnlyThePage() {
		assertThat(links.page(4)).endsWith("&language=en&sort=newest&page=4");
		assertThat(links.page(0)).doesNotContain("page=");
	}

}
