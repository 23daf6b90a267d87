package cn.yrd.academy.labs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.Directory.BaseDetails;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.labs.LabHours;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachineConnections;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The lab admin pages over HTTP on the embedded MariaDB. Each test works on a training base of its own,
 * so the demo bases stay as the booking tests expect them.
 */
@IntegrationTest
class LabMachineAdminIntegrationTests {

	private static final String VNC_SECRET = "Vnc-Geheim-7731";

	private static final String PASSWORD_SECRET = "Login-Geheim-9931";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Directory directory;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private TrainingBases bases;

	@Autowired
	private LabMachines machines;

	@Autowired
	private LabMachineConnections connections;

	@Autowired
	private LabHours hours;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private long baseId;

	private String baseCode;

	private AcademyUser labAdmin;

	@BeforeEach
	void newBase() {
		baseCode = "LABWEB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		long sjtu = organizations.findByCode("SJTU").orElseThrow().getId();
		baseId = directory.saveBase(null, new BaseDetails(baseCode, sjtu, "测试基地" + baseCode, "Test base " + baseCode,
				Province.SH, "上海", "测试路1号"), "test").getId();
		labAdmin = new AcademyUser(-baseId, "labweb" + baseId, "测试管理员", sjtu, baseId, EnumSet.of(Role.LAB_ADMIN),
				null, true, true);
	}

	@Test
	void aLabAdminRegistersAMachineWhoseSecretsTheDatabaseHoldsOnlyAsCiphertext() {
		MultiValueMap<String, String> form = machine("PLC-01", "plc-s7-1200", "10.20.1.15", "");
		form.add("vncPassword", VNC_SECRET);
		form.add("password", PASSWORD_SECRET);

		assertThat(post("/labadmin/machines/new", form)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/labadmin/machines?base=" + baseCode);

		LabMachine machine = machines.atBase(baseId).get(0);
		assertThat(machine.port()).as("port from the image").isEqualTo(5900);
		assertThat(machine.protocol()).isEqualTo("vnc");
		byte[] stored = jdbc.queryForObject("select secrets from lab_machines where id = ?", byte[].class, machine.id());
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(VNC_SECRET, PASSWORD_SECRET, "vnc");
		assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain(VNC_SECRET, PASSWORD_SECRET);
		assertThat(connections.connection(machine.id()).orElseThrow().secrets())
			.isEqualTo(new MachineSecrets(null, PASSWORD_SECRET, null, VNC_SECRET, null, null));

		String list = page("/labadmin/machines");
		assertThat(list).contains("PLC-01", "10.20.1.15:5900").doesNotContain(VNC_SECRET, PASSWORD_SECRET);
		String edit = page("/labadmin/machines/" + machine.id());
		assertThat(edit).contains("已存储：是", "autocomplete=\"new-password\"").doesNotContain(VNC_SECRET, PASSWORD_SECRET);

		String audited = jdbc.queryForObject("select details from audit_events where type = 'LAB_MACHINE_SAVED'"
				+ " and subject = ? order by id desc limit 1", String.class, "PLC-01#" + machine.id());
		assertThat(audited).contains("secrets=stored").doesNotContain(VNC_SECRET, PASSWORD_SECRET);
	}

	@Test
	void emptySecretFieldsKeepTheStoredSecretsAndTheCheckboxClearsThem() {
		MultiValueMap<String, String> form = machine("EDGE-01", "iiot-edge-gateway", "edge-01.lab.example.cn", "2222");
		form.add("username", "student");
		form.add("password", PASSWORD_SECRET);
		post("/labadmin/machines/new", form);
		long id = machines.atBase(baseId).get(0).id();

		MultiValueMap<String, String> rename = machine("EDGE-02", "iiot-edge-gateway", "edge-01.lab.example.cn", "2222");
		rename.add("password", "");
		assertThat(post("/labadmin/machines/" + id, rename)).hasStatus(HttpStatus.FOUND);
		assertThat(machines.find(id).orElseThrow().name()).isEqualTo("EDGE-02");
		assertThat(connections.connection(id).orElseThrow().secrets())
			.isEqualTo(new MachineSecrets("student", PASSWORD_SECRET, null, null, null, null));

		MultiValueMap<String, String> clear = machine("EDGE-02", "iiot-edge-gateway", "edge-01.lab.example.cn", "2222");
		clear.add("clearSecrets", "true");
		assertThat(post("/labadmin/machines/" + id, clear)).hasStatus(HttpStatus.FOUND);
		assertThat(connections.connection(id).orElseThrow().secrets()).isEqualTo(MachineSecrets.NONE);
		assertThat(page("/labadmin/machines/" + id)).contains("已存储：否");
	}

	@Test
	void badInputShowsTheProblemOnTheFormAndWritesNothing() {
		post("/labadmin/machines/new", machine("PLC-01", "plc-s7-1200", "127.0.0.1", "5901"));
		int before = count();

		assertRejected(machine("PLC-02", "plc-s7-1200", "127.0.0.1", "0"), "端口须在 1 到 65535 之间。");
		assertRejected(machine("PLC-02", "no-such-image", "127.0.0.1", "5902"), "请选择一个已有的实训镜像。");
		assertRejected(machine("PLC-01", "plc-s7-1200", "127.0.0.1", "5902"), "本基地已有名为“PLC-01”的设备。");
		assertRejected(machine("PLC-02", "plc-s7-1200", "vnc://127.0.0.1", "5902"), "请输入主机名或 IP 地址");
		MultiValueMap<String, String> badProtocol = machine("PLC-02", "plc-s7-1200", "127.0.0.1", "5902");
		badProtocol.set("protocol", "telnet");
		badProtocol.add("vncPassword", VNC_SECRET);
		MvcTestResult result = post("/labadmin/machines/new", badProtocol);
		assertThat(result).hasStatus(HttpStatus.OK).bodyText().contains("协议须为 VNC、RDP 或 SSH。").doesNotContain(VNC_SECRET);

		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aLabAdminCannotSeeOrChangeAnotherBasesMachines() {
		AcademyUser sjtuAdmin = (AcademyUser) users.loadUserByUsername("labadmin1");
		long nbpt = bases.findByCode("NBPT-ROBOTICS").orElseThrow().id();
		LabMachine other = machines.atBase(nbpt).get(0);

		assertThat(mvc.get().uri("/labadmin/machines/" + other.id()).with(user(sjtuAdmin)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/labadmin/machines/" + other.id() + "/maintenance").with(user(sjtuAdmin)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/labadmin/machines/" + other.id()).params(machine("X", "plc-s7-1200", "1.2.3.4", "1"))
			.with(user(sjtuAdmin)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/labadmin/machines?base=NBPT-ROBOTICS").with(user(sjtuAdmin)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/labadmin/hours?base=NBPT-ROBOTICS").with(user(sjtuAdmin)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(machines.find(other.id()).orElseThrow()).isEqualTo(other);
		assertThat(mvc.get().uri("/labadmin/machines").with(user(users.loadUserByUsername("student1"))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theDemoLabAdminSeesTheMachinesOfTheirBaseAndAClusterAdminPicksAnyBase() {
		AcademyUser sjtuAdmin = (AcademyUser) users.loadUserByUsername("labadmin1");
		assertThat(mvc.get().uri("/labadmin/machines").with(user(sjtuAdmin))).hasStatus(HttpStatus.OK).bodyText()
			.contains("PLC-01", "WELD-02", "ICS-01", "127.0.0.1:5901").doesNotContain("lab-demo");

		AcademyUser admin = (AcademyUser) users.loadUserByUsername("admin");
		assertThat(mvc.get().uri("/labadmin/machines?base=ZTT-NANTONG").with(user(admin))).hasStatus(HttpStatus.OK)
			.bodyText().contains("EDGE-02").doesNotContain("WELD-01", "lab-demo");
	}

	@Test
	void aMaintenanceWindowAddedOnThePageTakesTheMachineAwayForThatTime() {
		post("/labadmin/machines/new", machine("WELD-01", "robot-welding-cell", "127.0.0.1", ""));
		long id = machines.atBase(baseId).get(0).id();
		LocalDate day = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusDays(5);
		String uri = "/labadmin/machines/" + id + "/maintenance";

		assertThat(page(uri)).contains("改到其他空闲设备", "通知相关学员");
		MultiValueMap<String, String> reversed = window(day + "T14:00", day + "T10:00", "焊枪更换");
		assertThat(post(uri, reversed)).hasStatus(HttpStatus.OK).bodyText().contains("结束时间须晚于开始时间。");
		assertThat(hours.maintenance(List.of(id), day.atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant(),
				day.plusDays(1).atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant())).isEmpty();

		assertThat(post(uri, window(day + "T10:00", day + "T14:00", "焊枪更换"))).hasStatus(HttpStatus.FOUND);
		assertThat(hours.maintenance(List.of(id), day.atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant(),
				day.plusDays(1).atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant()).get(id)).singleElement()
			.satisfies(range -> assertThat(range.duration().toHours()).isEqualTo(4));
		assertThat(page(uri)).contains("焊枪更换", day + " 10:00");
	}

	@Test
	void weeklyHoursAndClosureDaysAreEditedOnTheHoursPage() {
		MultiValueMap<String, String> bad = new LinkedMultiValueMap<>();
		bad.add("monday", "08:00-12:00, 11:00-13:00");
		bad.add("tuesday", "8 bis 12");
		assertThat(post("/labadmin/hours", bad)).hasStatus(HttpStatus.OK).bodyText().contains("相互重叠", "格式不正确");

		MultiValueMap<String, String> good = new LinkedMultiValueMap<>();
		good.add("monday", "08:00-12:00, 13:00-21:00");
		good.add("sunday", "09:00-17:00");
		assertThat(post("/labadmin/hours", good)).hasStatus(HttpStatus.FOUND);
		assertThat(page("/labadmin/hours")).contains("08:00-12:00, 13:00-21:00", "09:00-17:00");

		LocalDate day = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusDays(20);
		MultiValueMap<String, String> closure = new LinkedMultiValueMap<>();
		closure.add("day", day.toString());
		closure.add("reason", "国庆检修");
		assertThat(post("/labadmin/hours/closures", closure)).hasStatus(HttpStatus.FOUND);
		assertThat(page("/labadmin/hours")).contains(day.toString(), "国庆检修");
		assertThat(post("/labadmin/hours/closures", closure)).hasStatus(HttpStatus.OK).bodyText()
			.contains("这一天已是闭馆日。");
	}

	private void assertRejected(MultiValueMap<String, String> form, String message) {
		assertThat(post("/labadmin/machines/new", form)).hasStatus(HttpStatus.OK).bodyText().contains(message);
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from lab_machines where base_id = ?", Integer.class, baseId);
	}

	private MvcTestResult post(String uri, MultiValueMap<String, String> form) {
		return mvc.post().uri(uri).params(form).with(user(labAdmin)).with(csrf()).exchange();
	}

	private String page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(user(labAdmin)).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MultiValueMap<String, String> machine(String name, String image, String host, String port) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("imageCode", image);
		form.add("host", host);
		form.add("port", port);
		form.add("protocol", "");
		form.add("state", "ACTIVE");
		return form;
	}

	private static MultiValueMap<String, String> window(String start, String end, String reason) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("start", start);
		form.add("end", end);
		form.add("reason", reason);
		return form;
	}

}
