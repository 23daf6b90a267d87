package cn.yrd.academy.labs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.Directory.BaseDetails;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.internal.MachineDetails;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The machine health on the lab admin pages. The stored health is written directly, in states the recurring
 * job (which Quartz may run meanwhile) keeps: the online machine listens on a local port, the offline one's
 * port is closed.
 */
@IntegrationTest
class MachineHealthPagesIntegrationTests {

	private static final Instant WENT_OFFLINE = Instant.parse("2026-03-02T06:15:00Z");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Directory directory;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private MachineRegistry registry;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private ServerSocket listening;

	private AcademyUser labAdmin;

	private LabMachine online;

	private LabMachine offline;

	private LabMachine inMaintenance;

	@BeforeEach
	void machinesWithHealth() throws IOException {
		String code = "HEALTHWEB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		long sjtu = organizations.findByCode("SJTU").orElseThrow().getId();
		long baseId = directory.saveBase(null, new BaseDetails(code, sjtu, "测试基地" + code, "Test base " + code,
				Province.SH, "上海", "测试路1号"), "test").getId();
		labAdmin = new AcademyUser(-baseId, "healthweb" + baseId, "测试管理员", sjtu, baseId,
				EnumSet.of(Role.LAB_ADMIN), null, true, true);
		listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		int closed;
		try (ServerSocket gone = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			closed = gone.getLocalPort();
		}
		online = register(baseId, "PLC-01", listening.getLocalPort(), MachineState.ACTIVE);
		offline = register(baseId, "PLC-02", closed, MachineState.ACTIVE);
		inMaintenance = register(baseId, "PLC-03", closed, MachineState.MAINTENANCE);
		Instant now = Instant.now();
		health(online.id(), "ONLINE", now.minusSeconds(3600), now, "", 0);
		health(offline.id(), "OFFLINE", WENT_OFFLINE, now, "ConnectException: Connection refused", 7);
		change(offline.id(), "ONLINE", WENT_OFFLINE.minusSeconds(7200), "");
		change(offline.id(), "OFFLINE", WENT_OFFLINE, "ConnectException: Connection refused");
	}

	@AfterEach
	void close() throws IOException {
		listening.close();
	}

	@Test
	void theMachineListShowsEachMachinesHealthInBeijingTime() {
		String list = page("/labadmin/machines", labAdmin);

		assertThat(list).contains("data-health=\"ONLINE\"", "data-health=\"OFFLINE\"", "在线", "离线",
				"自 2026-03-02 14:15", "维护中或已退役，不检查", "/labadmin/machines/" + offline.id() + "/health");
	}

	@Test
	void theHistoryPageListsTheStatusChangesNewestFirst() {
		String history = page("/labadmin/machines/" + offline.id() + "/health", labAdmin);

		assertThat(history).contains("PLC-02 的连接记录", "连续 2 次连接失败即视为离线", "连续失败 7 次",
				"ConnectException: Connection refused");
		assertThat(history.indexOf("2026-03-02 14:15")).as("went offline, newest first")
			.isLessThan(history.indexOf("2026-03-02 12:15"));

		String english = page("/labadmin/machines/" + offline.id() + "/health?lang=en", labAdmin);
		assertThat(english).contains("Health history of PLC-02", "offline", "7 failed checks in a row");
	}

	@Test
	void aMachineWithoutHistorySaysSoHonestly() {
		assertThat(page("/labadmin/machines/" + inMaintenance.id() + "/health", labAdmin))
			.contains("尚无状态变化记录", "维护中或已退役，不检查")
			.doesNotContain("id=\"health-changes\"");
	}

	@Test
	void aLabAdminSeesTheHealthOfTheirOwnBaseOnlyAndAClusterAdminOfAny() {
		AcademyUser otherAdmin = (AcademyUser) users.loadUserByUsername("labadmin1");
		assertThat(mvc.get().uri("/labadmin/machines/" + offline.id() + "/health").with(user(otherAdmin)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/labadmin/machines/" + offline.id() + "/health")
			.with(user(users.loadUserByUsername("student1")))).hasStatus(HttpStatus.FORBIDDEN);

		AcademyUser admin = (AcademyUser) users.loadUserByUsername("admin");
		assertThat(page("/labadmin/machines/" + offline.id() + "/health", admin)).contains("PLC-02", "离线");
	}

	private LabMachine register(long baseId, String name, int port, MachineState state) {
		return registry.register(baseId, new MachineDetails(name, "plc-s7-1200", "127.0.0.1", port, "vnc", state),
				MachineSecrets.NONE, "test");
	}

	private void health(long machineId, String status, Instant since, Instant checked, String error, int failures) {
		jdbc.update("INSERT INTO machine_health (machine_id, status, since, last_checked_at, last_error,"
				+ " consecutive_failures) VALUES (?, ?, ?, ?, ?, ?)", machineId, status, sql(since), sql(checked), error,
				failures);
	}

	private void change(long machineId, String status, Instant at, String detail) {
		jdbc.update("INSERT INTO machine_health_history (machine_id, status, at, detail) VALUES (?, ?, ?, ?)",
				machineId, status, sql(at), detail);
	}

	private String page(String uri, AcademyUser user) {
		MvcTestResult result = mvc.get().uri(uri).with(user(user)).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Timestamp sql(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

}
