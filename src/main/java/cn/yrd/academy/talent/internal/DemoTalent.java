package cn.yrd.academy.talent.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo talent pool, after the demo certificates: demo students across the four provinces opt in, so that partner1
 * (上海电气) finds people searching for PLC in 江苏 or 浙江. Four hold the PLC certificate from the demo's study and
 * labs; the others share what they declare. A student who has a profile already, withdrawn or not, is left as the
 * browser left them, so a withdrawal survives restarts.
 */
@Component
@Profile("demo")
@Order(140)
class DemoTalent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTalent.class);

	private static final Set<TalentField> ALL = EnumSet.allOf(TalentField.class);

	private static final Set<TalentField> NO_NAME = EnumSet.complementOf(EnumSet.of(TalentField.NAME));

	private static final List<Seed> SEEDS = List.of(
			new Seed("student1", ALL, "ZJ", "宁波", 2026, true,
					"熟悉 S7-1200 接线与梯形图编程，完成交通灯与传送带顺序控制实训。", "PLC 编程、产线调试；长三角均可",
					List.of("hmi-configuration")),
			new Seed("student2", ALL, "JS", "南京", 2026, true, "南京工业职业技术大学电气自动化专业，做过 PLC 顺序控制与触摸屏组态。",
					"电气调试工程师，江苏优先", List.of("plc-programming", "hmi-configuration")),
			new Seed("student3", ALL, "ZJ", "杭州", 2027, true, "浙江大学控制专业，PLC 与结构化文本编程，参加过智能产线项目。",
					"自动化研发或现场调试，杭州、宁波", List.of("structured-text")),
			new Seed("student4", ALL, "JS", "苏州", 2026, false, "东南大学机械工程，工业机器人离线编程与 PLC 联调。",
					"机器人应用工程师", List.of("robot-programming", "plc-programming")),
			new Seed("student5", NO_NAME, "JS", "无锡", 2027, true, "持 PLC 编程初级证书，熟悉梯形图与在线调试。", "实习优先，江苏南部",
					List.of("ladder-logic")),
			new Seed("student6", ALL, "SH", "上海", 2026, false, "上海交通大学，工业互联网平台接入与 MQTT 数据采集。",
					"工业互联网开发", List.of("iiot-platform", "mqtt")),
			new Seed("student7", NO_NAME, "AH", "合肥", 2027, true, "合肥工业大学网络空间安全，工控协议分析与漏洞评估。", "工控安全工程师",
					List.of("ics-security", "vulnerability-assessment")),
			new Seed("student8", ALL, "AH", "芜湖", 2026, true, "安徽机电职业技术学院焊接专业，弧焊机器人示教编程。", "焊接机器人操作与编程",
					List.of("robot-welding", "robot-safety")),
			new Seed("student9", ALL, "ZJ", "宁波", 2026, true, "宁波职业技术学院，PLC 编程与 HMI 组态，熟悉博途。", "宁波本地自动化岗位",
					List.of("plc-programming", "hmi-configuration")),
			new Seed("student10", ALL, "SH", "上海", 2027, false, "同济大学，边缘计算与容器化部署。", "边缘计算、5G 工业应用",
					List.of("edge-computing", "containerization")));

	private final TalentConsent consent;

	private final TalentDemands demands;

	private final UserDetailsService users;

	DemoTalent(TalentConsent consent, TalentDemands demands, UserDetailsService users) {
		this.consent = consent;
		this.demands = demands;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		int joined = 0;
		for (Seed seed : SEEDS) {
			AcademyUser student;
			try {
				student = (AcademyUser) users.loadUserByUsername(seed.username());
			}
			catch (UsernameNotFoundException e) {
				log.warn("Demo talent: {} does not exist, left out", seed.username());
				continue;
			}
			if (consent.profileOf(student.id()).isPresent()) {
				continue;
			}
			consent.consent(student, seed.fields(), seed.details());
			joined++;
		}
		if (joined > 0) {
			log.info("Demo talent: {} demo students joined the talent pool", joined);
		}
		postDemand();
	}

	/** partner1's company looks for PLC technicians in Jiangsu and Zhejiang, once. */
	private void postDemand() {
		AcademyUser partner = (AcademyUser) users.loadUserByUsername("partner1");
		if (!demands.of(partner).isEmpty()) {
			return;
		}
		LocalDate start = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).withDayOfMonth(1).plusMonths(1);
		demands.post(partner, new TalentDemand.Content("PLC 调试技术员（江浙产线）",
				"负责新能源装备产线的 PLC 程序调试与现场维护，熟悉 S7-1200 与触摸屏组态。",
				List.of(new RequiredSkill("plc-programming", 1), new RequiredSkill("hmi-configuration", 1)),
				List.of("PLC-PROG-BEG"), List.of("JS", "ZJ"), 3, start, start.plusMonths(6)));
		log.info("Demo talent: partner1 posted a talent demand");
	}

	private record Seed(String username, Set<TalentField> fields, String province, String city, int graduationYear,
			boolean internship, String about, String preferences, List<String> declaredSkills) {

		TalentProfile.Details details() {
			return new TalentProfile.Details(about, province, city, LocalDate.of(graduationYear, 6, 30), internship,
					preferences, null, null, declaredSkills);
		}

	}

}
