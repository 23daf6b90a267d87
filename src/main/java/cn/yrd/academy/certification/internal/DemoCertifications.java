package cn.yrd.academy.certification.internal;

import java.util.List;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.shared.text.Bilingual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo certifications for the sample courses, defined by the demo cluster admin, after the sample courses and the
 * demo lab work exist. A definition whose code exists is left as it is, so edits made in the browser survive.
 * Then the records of student1 and the other demo students of PLC-101 are checked, which earns the PLC certificate from the demo's graded labs.
 */
@Component
@Profile("demo")
@Order(130)
class DemoCertifications implements ApplicationRunner {

	static final String ADMIN = "admin";

	/** student1, and the students of the talent pool's demo who studied PLC-101. */
	static final List<String> STUDENTS = List.of("student1", "student2", "student3", "student5");

	private static final Logger log = LoggerFactory.getLogger(DemoCertifications.class);

	private static final List<Seed> SEEDS = List.of(
			new Seed("PLC-PROG-BEG", new Bilingual("PLC 编程初级证书", "PLC Programming Certificate (Beginner)"),
					new Bilingual("证明持证人能够完成 S7-1200 PLC 的接线、梯形图与 SCL 编程、顺序控制和在线调试。",
							"Shows that the holder can wire an S7-1200 PLC, program it in ladder logic and SCL, build "
									+ "sequence control and debug it online."),
					CertificateLevel.BEGINNER, 36, "TONGJI", false,
					List.of("plc-programming", "ladder-logic", "structured-text", "hmi-configuration"),
					List.of(Requirement.course("PLC-101", 60))),
			new Seed("ROBOT-WELD-INT", new Bilingual("工业机器人焊接中级证书", "Robotic Welding Certificate (Intermediate)"),
					new Bilingual("证明持证人能够安全地示教编程弧焊机器人，并完成合格的焊缝。",
							"Shows that the holder can safely teach an arc welding robot and produce a sound seam."),
					CertificateLevel.INTERMEDIATE, 36, "ZTT", true,
					List.of("robot-programming", "robot-welding", "robot-safety"),
					List.of(Requirement.course("ROBOT-WELD-201", 70),
							Requirement.lab("ROBOT-WELD-201", "teach-rectangular-seam", 80))),
			new Seed("ICS-SEC-ADV", new Bilingual("工控安全高级证书", "ICS Security Certificate (Advanced)"),
					new Bilingual("证明持证人能够分析工控协议流量、评估漏洞并响应工控安全事件。",
							"Shows that the holder can analyse industrial protocol traffic, assess vulnerabilities and "
									+ "respond to ICS security incidents."),
					CertificateLevel.ADVANCED, 24, "AH-KEHUI", false,
					List.of("ics-security", "network-segmentation", "vulnerability-assessment", "incident-response"),
					List.of(Requirement.course("ICS-SEC-301", 75))),
			new Seed("IIOT-EDGE-INT", new Bilingual("工业互联网与边缘计算中级证书", "Industrial IoT and Edge Certificate (Intermediate)"),
					new Bilingual("证明持证人能够把设备接入工业互联网平台，并在边缘节点部署服务。",
							"Shows that the holder can connect machines to an industrial internet platform and deploy "
									+ "services at the edge."),
					CertificateLevel.INTERMEDIATE, 24, "SH-IIA", false,
					List.of("iiot-platform", "mqtt", "edge-computing", "containerization"),
					List.of(Requirement.lab("IIOT-PLATFORM-101", "connect-a-machine-to-mqtt", 70),
							Requirement.lab("EDGE-5G-201", "deploy-edge-service", 70))));

	private final Definitions definitions;

	private final CertificateAwards awards;

	private final UserDetailsService users;

	private final Certificates certificates;

	DemoCertifications(Definitions definitions, CertificateAwards awards, UserDetailsService users,
			Certificates certificates) {
		this.certificates = certificates;
		this.definitions = definitions;
		this.awards = awards;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		AcademyUser admin = (AcademyUser) users.loadUserByUsername(ADMIN);
		int defined = 0;
		for (Seed seed : SEEDS) {
			if (definitions.find(seed.code()).isPresent()) {
				continue;
			}
			try {
				definitions.save(seed.code(), seed.content(), admin);
				defined++;
			}
			catch (CertificateRefused e) {
				// a sample course missing from courses/ leaves its certification out, not the whole demo
				log.warn("Demo certification {} left out: {} {}", seed.code(), e.messageKey(), List.of(e.arguments()));
			}
		}
		log.info("Demo certifications: {} defined now", defined);
		for (String username : STUDENTS) {
			AcademyUser student = (AcademyUser) users.loadUserByUsername(username);
			awards.evaluate(student.id());
			log.info("Demo certifications: {} holds {}", username,
					certificates.mine(student.id()).stream().map(c -> c.getNumber() + " " + c.getStatus()).toList());
		}
	}

	private record Seed(String code, Bilingual name, Bilingual description, CertificateLevel level, int months,
			String issuer, boolean approval, List<String> skills, List<Requirement> requirements) {

		CertificationDefinition.Content content() {
			return new CertificationDefinition.Content(name, description, level, months, issuer, approval, true, skills,
					requirements);
		}

	}

}
