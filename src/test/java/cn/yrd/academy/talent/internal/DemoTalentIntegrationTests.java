package cn.yrd.academy.talent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo's talent pool: partner1 finds certified PLC people in 江苏 and 浙江 and has a demand posted, and a rerun
 * changes nothing.
 */
@IntegrationTest
class DemoTalentIntegrationTests {

	@Autowired
	private TalentFinder finder;

	@Autowired
	private TalentSearch search;

	@Autowired
	private DemoTalent demo;

	@Autowired
	private TalentDemands demands;

	@Autowired
	private UserDetailsService users;

	@Test
	void partnerFindsCertifiedPlcPeopleInJiangsuAndZhejiang() {
		AcademyUser partner = (AcademyUser) users.loadUserByUsername("partner1");
		for (String province : new String[] { "JS", "ZJ" }) {
			TalentSearch.Page plc = finder.search(partner, new TalentSearch.Query("PLC", null, null, null, null,
					province, null, null, null, 0));
			assertThat(plc.total()).as(province).isGreaterThanOrEqualTo(2);
			TalentSearch.Page certified = finder.search(partner, new TalentSearch.Query(null, "plc-programming", 1,
					null, "PLC-PROG-BEG", province, null, null, null, 0));
			assertThat(certified.results()).as(province).isNotEmpty().allSatisfy(card -> assertThat(
					card.getCertificateLines()).anyMatch(line -> line.startsWith("PLC-PROG-BEG|BEGINNER|")));
		}
		assertThat(finder.search(partner, TalentSearch.Query.text("李明")).results())
			.extracting(TalentCard::getDisplayName).contains("李明");
		assertThat(search.search(TalentSearch.Query.text("周婷")).total()).isZero();
		assertThat(demands.of(partner)).extracting(TalentDemand::getTitle).contains("PLC 调试技术员（江浙产线）");
	}

	@Test
	void runningAgainChangesNothing() {
		long before = search.search(TalentSearch.Query.text(null)).total();

		int demandsBefore = demands.of((AcademyUser) users.loadUserByUsername("partner1")).size();

		demo.run(null);

		assertThat(search.search(TalentSearch.Query.text(null)).total()).isEqualTo(before);
		assertThat(demands.of((AcademyUser) users.loadUserByUsername("partner1"))).hasSize(demandsBefore);
	}

}
