package cn.yrd.academy.booking.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import cn.yrd.academy.booking.internal.BlockTestBases;
import cn.yrd.academy.booking.internal.BlockTestBases.TestBase;
import cn.yrd.academy.booking.internal.ClassBlock;
import cn.yrd.academy.booking.internal.ClassBlockRepository;
import cn.yrd.academy.booking.internal.ClassBlocks;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.labs.internal.BaseSchedule;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static cn.yrd.academy.booking.internal.BlockTestBases.PLC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The class block pages over HTTP on the embedded MariaDB: request, see conflicts, decide.
 */
@IntegrationTest
class ClassBlockPagesIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ClassBlocks blocks;

	@Autowired
	private ClassBlockRepository repository;

	@Autowired
	private Directory directory;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private BaseSchedule schedule;

	@Autowired
	private MachineRegistry machines;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Clock clock;

	private AcademyUser instructor;

	private LocalDate tuesday;

	private TestBase base;

	@BeforeEach
	void setUp() {
		instructor = (AcademyUser) users.loadUserByUsername("instructor1");
		tuesday = LocalDate.now(clock.withZone(ClockConfiguration.CLUSTER_ZONE))
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
			.plusDays(1);
		base = new BlockTestBases(directory, organizations, schedule, machines).create(2);
	}

	@Test
	void anInstructorRequestsABlockWithTheFormAndSeesItListed() {
		assertThat(mvc.get().uri("/instructor/blocks").with(user(instructor))).hasStatus(HttpStatus.OK).bodyText()
			.contains("申请课堂包时段", "<option value=\"PLC-101\"", "<option value=\"" + PLC + "\"");

		assertThat(mvc.post().uri("/instructor/blocks").with(user(instructor)).with(csrf())
			.param("courseCode", "PLC-101").param("baseCode", base.code()).param("imageCode", PLC).param("seats", "2")
			.param("date", tuesday.toString()).param("startTime", "10:00").param("endTime", "12:00")
			.param("weeks", "2").param("note", "周二班")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/instructor/blocks");

		assertThat(repository.findByBaseIdOrderByStartsAtAscIdAsc(base.id())).singleElement()
			.satisfies(block -> assertThat(block.getWeeks()).isEqualTo(2));
		assertThat(mvc.get().uri("/instructor/blocks").with(user(instructor))).hasStatus(HttpStatus.OK).bodyText()
			.contains("待审批", tuesday + " 10:00–12:00", tuesday.plusWeeks(1) + " 10:00–12:00");
	}

	@Test
	void aRefusedRequestShowsWhyOnTheFormAndWritesNothing() {
		assertThat(mvc.post().uri("/instructor/blocks").with(user(instructor)).with(csrf())
			.param("courseCode", "PLC-101").param("baseCode", base.code()).param("imageCode", PLC).param("seats", "1")
			.param("date", tuesday.toString()).param("startTime", "10:15").param("endTime", "12:00")
			.param("weeks", "1").param("note", "")).hasStatus(HttpStatus.OK).bodyText()
			.contains("开始和结束时间须为整点或半点。");

		assertThat(repository.findByBaseIdOrderByStartsAtAscIdAsc(base.id())).isEmpty();
	}

	@Test
	void theLabAdminSeesTheMachinesOfEachOccurrenceAndApproves() {
		ClassBlock block = blocks.request(new ClassBlocks.Request("PLC-101", base.code(), PLC, 1,
				tuesday.atTime(14, 0).atZone(ClockConfiguration.CLUSTER_ZONE).toInstant(),
				tuesday.atTime(16, 0).atZone(ClockConfiguration.CLUSTER_ZONE).toInstant(), 1, "期中实训"), instructor);

		assertThat(mvc.get().uri("/labadmin/blocks").with(user(base.labAdmin()))).hasStatus(HttpStatus.OK).bodyText()
			.contains("PLC-01", "PLC-02", "整段空闲 2 台，需要 1 台", "申请说明：期中实训", tuesday + " 14:00–16:00");
		assertThat(mvc.get().uri("/labadmin/blocks?lang=en").with(user(base.labAdmin()))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("2 free for the whole time, 1 needed", "Approve");

		assertThat(mvc.post().uri("/labadmin/blocks/" + block.getId() + "/approve").with(user(base.labAdmin()))
			.with(csrf())).hasStatus(HttpStatus.FOUND);

		assertThat(repository.findById(block.getId())).get()
			.satisfies(approved -> assertThat(approved.getStatus()).isEqualTo(ClassBlock.Status.APPROVED));
		AcademyUser admin = (AcademyUser) users.loadUserByUsername("admin");
		assertThat(mvc.get().uri("/labadmin/blocks?base=" + base.code()).with(user(admin))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("已批准", "PLC-101");
	}

	@Test
	void otherRolesMayNotOpenThePages() {
		AcademyUser student = (AcademyUser) users.loadUserByUsername("student1");

		assertThat(mvc.get().uri("/instructor/blocks").with(user(student))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/labadmin/blocks").with(user(student))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/labadmin/blocks").with(user(instructor))).hasStatus(HttpStatus.FORBIDDEN);
	}

}
