package cn.yrd.academy.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo cluster of the founding agreement: real member organizations across the four
 * provinces, one training base or more per province, and one demo login per role.
 * <p>
 * Only what is missing is created, found by code or username, so restarting the demo keeps whatever
 * was changed in it and running the seed twice changes nothing.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DemoCluster implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCluster.class);

	private static final String DEMO_LOCALE = "zh-CN";

	private static final String DEMO_EMAIL_DOMAIN = "demo.yrd-academy.cn";

	private static final List<OrganizationSeed> ORGANIZATIONS = List.of(
			new OrganizationSeed("SJTU", OrganizationType.UNIVERSITY, Province.SH, "上海", "上海交通大学",
					"Shanghai Jiao Tong University"),
			new OrganizationSeed("TONGJI", OrganizationType.UNIVERSITY, Province.SH, "上海", "同济大学",
					"Tongji University"),
			new OrganizationSeed("SH-ELECTRIC", OrganizationType.COMPANY, Province.SH, "上海", "上海电气",
					"Shanghai Electric"),
			new OrganizationSeed("SH-IIA", OrganizationType.ASSOCIATION, Province.SH, "上海", "上海市工业互联网协会",
					"Shanghai Industrial Internet Association"),
			new OrganizationSeed("ZTT", OrganizationType.COMPANY, Province.JS, "南通", "江苏中天科技",
					"Jiangsu Zhongtian Technology"),
			new OrganizationSeed("NIIT", OrganizationType.VOCATIONAL_COLLEGE, Province.JS, "南京", "南京工业职业技术大学",
					"Nanjing Vocational University of Industry Technology"),
			new OrganizationSeed("SEU", OrganizationType.UNIVERSITY, Province.JS, "南京", "东南大学",
					"Southeast University"),
			new OrganizationSeed("NBPT", OrganizationType.VOCATIONAL_COLLEGE, Province.ZJ, "宁波", "宁波职业技术学院",
					"Ningbo Polytechnic"),
			new OrganizationSeed("ZJU", OrganizationType.UNIVERSITY, Province.ZJ, "杭州", "浙江大学",
					"Zhejiang University"),
			new OrganizationSeed("SUPCON", OrganizationType.COMPANY, Province.ZJ, "杭州", "浙江中控技术",
					"SUPCON Technology"),
			new OrganizationSeed("AH-KEHUI", OrganizationType.TRAINING_BASE_OPERATOR, Province.AH, "合肥", "安徽科惠",
					"Anhui Kehui"),
			new OrganizationSeed("HFUT", OrganizationType.UNIVERSITY, Province.AH, "合肥", "合肥工业大学",
					"Hefei University of Technology"),
			new OrganizationSeed("AHCME", OrganizationType.VOCATIONAL_COLLEGE, Province.AH, "芜湖", "安徽机电职业技术学院",
					"Anhui Technical College of Mechanical and Electrical Engineering"));

	private static final List<BaseSeed> TRAINING_BASES = List.of(
			new BaseSeed("SJTU-MINHANG", "SJTU", "上海交通大学闵行工业互联网实训基地",
					"SJTU Minhang Industrial Internet Training Base", Province.SH, "上海", "上海市闵行区东川路800号"),
			new BaseSeed("ZTT-NANTONG", "ZTT", "中天科技南通智能制造实训基地",
					"ZTT Nantong Smart Manufacturing Training Base", Province.JS, "南通", "江苏省南通市如东县河口镇中天路1号"),
			new BaseSeed("NIIT-XIANLIN", "NIIT", "南京工业职业技术大学5G+工业互联网实训基地",
					"NIIT Xianlin 5G and Industrial Internet Training Base", Province.JS, "南京", "江苏省南京市栖霞区羊山北路1号"),
			new BaseSeed("NBPT-ROBOTICS", "NBPT", "宁波职业技术学院工业机器人实训基地",
					"Ningbo Polytechnic Industrial Robot Training Base", Province.ZJ, "宁波", "浙江省宁波市北仑区学府路388号"),
			new BaseSeed("AH-KEHUI-HEFEI", "AH-KEHUI", "安徽科惠合肥工控安全实训基地",
					"Anhui Kehui Hefei ICS Security Training Base", Province.AH, "合肥", "安徽省合肥市高新区创新大道2800号"));

	private static final List<UserSeed> USERS = List.of(
			new UserSeed("student1", "李明", Role.STUDENT, "NBPT", null),
			// more students, so that the talent pool's demo has people to find in every province
			new UserSeed("student2", "王磊", Role.STUDENT, "NIIT", null),
			new UserSeed("student3", "赵敏", Role.STUDENT, "ZJU", null),
			new UserSeed("student4", "孙浩", Role.STUDENT, "SEU", null),
			new UserSeed("student5", "周婷", Role.STUDENT, "NIIT", null),
			new UserSeed("student6", "吴强", Role.STUDENT, "SJTU", null),
			new UserSeed("student7", "郑雪", Role.STUDENT, "HFUT", null),
			new UserSeed("student8", "钱坤", Role.STUDENT, "AHCME", null),
			new UserSeed("student9", "冯佳", Role.STUDENT, "NBPT", null),
			new UserSeed("student10", "陈晨", Role.STUDENT, "TONGJI", null),
			new UserSeed("instructor1", "王芳", Role.INSTRUCTOR, "TONGJI", null),
			new UserSeed("labadmin1", "张伟", Role.LAB_ADMIN, "SJTU", "SJTU-MINHANG"),
			new UserSeed("partner1", "陈静", Role.PARTNER, "SH-ELECTRIC", null),
			new UserSeed("admin", "刘洋", Role.CLUSTER_ADMIN, "SH-IIA", null));

	private final OrganizationRepository organizations;

	private final TrainingBaseRepository trainingBases;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	public DemoCluster(OrganizationRepository organizations, TrainingBaseRepository trainingBases,
			UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
		this.organizations = organizations;
		this.trainingBases = trainingBases;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	// run() reaches seed() on this instance, past the transaction proxy, so it opens the transaction itself.
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		seed();
	}

	@Transactional
	public void seed() {
		Instant now = clock.instant();
		int createdOrganizations = seedOrganizations(now);
		int createdBases = seedTrainingBases(now);
		int createdUsers = seedUsers(now);
		if (createdOrganizations + createdBases + createdUsers > 0) {
			log.info("Demo cluster: created {} organizations, {} training bases, {} demo accounts (password {})",
					createdOrganizations, createdBases, createdUsers, PasswordPolicy.DEMO_PASSWORD);
		}
	}

	private int seedOrganizations(Instant now) {
		int created = 0;
		for (OrganizationSeed seed : ORGANIZATIONS) {
			if (!organizations.existsByCode(seed.code())) {
				organizations.save(new Organization(seed.code(), seed.type(), seed.province(), seed.city(),
						seed.nameZh(), seed.nameEn(), Organization.Status.ACTIVE, now));
				created++;
			}
		}
		return created;
	}

	private int seedTrainingBases(Instant now) {
		int created = 0;
		for (BaseSeed seed : TRAINING_BASES) {
			if (!trainingBases.existsByCode(seed.code())) {
				trainingBases.save(new TrainingBase(seed.code(), organization(seed.organizationCode()), seed.nameZh(),
						seed.nameEn(), seed.province(), seed.city(), seed.address(), now));
				created++;
			}
		}
		return created;
	}

	private int seedUsers(Instant now) {
		List<UserSeed> missing = USERS.stream().filter(seed -> !users.existsByUsername(seed.username())).toList();
		if (missing.isEmpty()) {
			return 0;
		}
		// One hash for all demo accounts: encoding is deliberately slow, and the password is public anyway.
		String passwordHash = passwordEncoder.encode(PasswordPolicy.DEMO_PASSWORD);
		for (UserSeed seed : missing) {
			UserAccount account = new UserAccount(seed.username(), seed.displayName(),
					seed.username() + "@" + DEMO_EMAIL_DOMAIN, null, organization(seed.organizationCode()),
					passwordHash, DEMO_LOCALE, Set.of(seed.role()), UserAccount.Approval.APPROVED, now);
			if (seed.trainingBaseCode() != null) {
				account.assignTrainingBase(trainingBases.findByCode(seed.trainingBaseCode())
					.orElseThrow(() -> missingSeed("training base", seed.trainingBaseCode())));
			}
			account.markAsDemoAccount();
			users.save(account);
		}
		return missing.size();
	}

	private Organization organization(String code) {
		return organizations.findByCode(code).orElseThrow(() -> missingSeed("organization", code));
	}

	private static IllegalStateException missingSeed(String what, String code) {
		return new IllegalStateException("Demo cluster references " + what + " " + code + ", which does not exist");
	}

	private record OrganizationSeed(String code, OrganizationType type, Province province, String city, String nameZh,
			String nameEn) {
	}

	private record BaseSeed(String code, String organizationCode, String nameZh, String nameEn, Province province,
			String city, String address) {
	}

	private record UserSeed(String username, String displayName, Role role, String organizationCode,
			String trainingBaseCode) {
	}

}
