package cn.yrd.academy.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoClusterIntegrationTests {

	private static final Map<String, Role> DEMO_ROLES = Map.of("student1", Role.STUDENT, "instructor1",
			Role.INSTRUCTOR, "labadmin1", Role.LAB_ADMIN, "partner1", Role.PARTNER, "admin", Role.CLUSTER_ADMIN);

	@Autowired
	private DemoCluster demoCluster;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private TrainingBaseRepository trainingBases;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void seedingAgainChangesNothing() {
		long organizationsBefore = organizations.count();
		long basesBefore = trainingBases.count();
		long usersBefore = users.count();
		String adminHashBefore = users.findByUsername("admin").orElseThrow().getPasswordHash();

		demoCluster.seed();
		demoCluster.seed();

		assertThat(organizations.count()).isEqualTo(organizationsBefore);
		assertThat(trainingBases.count()).isEqualTo(basesBefore);
		assertThat(users.count()).isEqualTo(usersBefore);
		assertThat(users.findByUsername("admin").orElseThrow().getPasswordHash()).isEqualTo(adminHashBefore);
	}

	@Test
	void clusterHasTheFoundingMembersAcrossTheFourProvinces() {
		for (String name : List.of("上海交通大学", "同济大学", "上海电气", "江苏中天科技", "宁波职业技术学院", "安徽科惠")) {
			assertThat(organizations.findByNameZh(name)).as(name)
				.hasValueSatisfying(organization -> assertThat(organization.isActive()).isTrue());
		}
		assertThat(organizations.findByStatusOrderByProvinceAscNameZhAsc(Organization.Status.ACTIVE))
			.hasSizeGreaterThanOrEqualTo(8)
			.extracting(Organization::getProvince)
			.contains(Province.values());
	}

	@Test
	void trainingBasesCoverAllFourProvinces() {
		List<TrainingBase> bases = trainingBases.findAllByOrderByProvinceAscNameZhAsc();
		assertThat(bases).hasSizeGreaterThanOrEqualTo(4);
		assertThat(bases.stream().map(TrainingBase::getProvince).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Province.values());
	}

	@Test
	void everyDemoUserHasItsRoleAndTheDemoPassword() {
		transactions.executeWithoutResult(status -> DEMO_ROLES.forEach((username, role) -> {
			UserAccount user = users.findByUsername(username).orElseThrow();
			assertThat(user.getRoles()).as(username).containsExactly(role);
			assertThat(user.isDemoAccount()).as(username).isTrue();
			assertThat(user.isEnabled()).as(username).isTrue();
			assertThat(user.getApproval()).as(username).isEqualTo(UserAccount.Approval.APPROVED);
			assertThat(passwordEncoder.matches("academy-demo", user.getPasswordHash())).as(username).isTrue();
		}));
	}

	@Test
	void labAdminRunsTheMinhangBaseOfShanghaiJiaoTong() {
		transactions.executeWithoutResult(status -> {
			UserAccount labAdmin = users.findByUsername("labadmin1").orElseThrow();
			assertThat(labAdmin.getTrainingBase().getNameZh()).isEqualTo("上海交通大学闵行工业互联网实训基地");
			assertThat(labAdmin.getTrainingBase().getOrganization().getNameZh()).isEqualTo("上海交通大学");
			assertThat(labAdmin.getOrganization().getNameZh()).isEqualTo("上海交通大学");
		});
	}

}
