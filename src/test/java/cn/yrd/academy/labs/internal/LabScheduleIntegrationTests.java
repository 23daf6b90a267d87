package cn.yrd.academy.labs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.labs.BaseClosed;
import cn.yrd.academy.labs.LabHours;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.MachineWithdrawn;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.time.TimeRange;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/**
 * Opening hours, closure days and maintenance windows on the embedded MariaDB, read through {@link LabHours}.
 */
@IntegrationTest
class LabScheduleIntegrationTests {

	@Autowired
	private LabHours hours;

	@Autowired
	private LabMachines machines;

	@Autowired
	private TrainingBases bases;

	@Autowired
	private BaseSchedule schedule;

	@Autowired
	private MaintenanceSchedule maintenance;

	@Autowired
	private MachineRegistry registry;

	@Autowired
	private Directory directory;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private ConfigurableApplicationContext context;

	private final Withdrawals withdrawals = new Withdrawals();

	private final ApplicationListener<PayloadApplicationEvent<BaseClosed>> closures = event -> withdrawals.closures
		.add(event.getPayload());

	private LabTestBases testBases;

	// Added to the shared context for this test only, so every integration test keeps using one context.
	@BeforeEach
	void listen() {
		testBases = new LabTestBases(directory, organizations);
		context.addApplicationListener(withdrawals);
		context.addApplicationListener(closures);
	}

	@AfterEach
	void stopListening() {
		context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(withdrawals);
		context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(closures);
	}

	@Test
	void everyDemoBaseIsOpenOnATuesdayFromEightToNineInTheEveningShanghaiTime() {
		LocalDate tuesday = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusWeeks(1)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		Instant from = tuesday.atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant();
		Instant to = tuesday.plusDays(1).atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant();

		for (String code : List.of("SJTU-MINHANG", "ZTT-NANTONG", "NIIT-XIANLIN", "NBPT-ROBOTICS", "AH-KEHUI-HEFEI")) {
			long baseId = bases.findByCode(code).orElseThrow().id();
			assertThat(hours.openTimes(baseId, from, to)).as(code)
				.containsExactly(new TimeRange(shanghai(tuesday, 8), shanghai(tuesday, 21)));
			// 08:00 Shanghai is 00:00 UTC.
			assertThat(hours.openTimes(baseId, from, to).get(0).start().toString()).endsWith("T00:00:00Z");
		}
	}

	@Test
	void openTimesAreClippedToTheAskedRangeAndSundayIsShorter() {
		long baseId = bases.findByCode("NBPT-ROBOTICS").orElseThrow().id();
		LocalDate saturday = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusWeeks(1)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		LocalDate sunday = saturday.plusDays(1);

		assertThat(hours.openTimes(baseId, shanghai(saturday, 20), shanghai(sunday, 12))).containsExactly(
				new TimeRange(shanghai(saturday, 20), shanghai(saturday, 21)),
				new TimeRange(shanghai(sunday, 9), shanghai(sunday, 12)));
	}

	@Test
	void aClosureDayRemovesThatDayOnly() {
		long baseId = testBases.create().getId();
		schedule.replaceWeeklyHours(baseId, DemoMachines.demoWeek());
		LocalDate wednesday = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusWeeks(2)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		Instant from = wednesday.atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant();
		Instant to = wednesday.plusDays(2).atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant();
		assertThat(hours.openTimes(baseId, from, to)).hasSize(2);

		BaseSchedule.ClosureView closure = schedule.addClosure(baseId, wednesday, "设备年检");

		assertThat(withdrawals.closures).containsExactly(new BaseClosed(baseId,
				new TimeRange(shanghai(wednesday, 0), shanghai(wednesday.plusDays(1), 0)), "labs.withdrawn.closure", "设备年检"));

		assertThat(hours.openTimes(baseId, from, to))
			.containsExactly(new TimeRange(shanghai(wednesday.plusDays(1), 8), shanghai(wednesday.plusDays(1), 21)));
		assertThatThrownBy(() -> schedule.addClosure(baseId, wednesday, "again")).isInstanceOf(FieldRejected.class);
		assertThat(schedule.removeClosure(baseId, closure.id())).isTrue();
		assertThat(hours.openTimes(baseId, from, to)).hasSize(2);
	}

	@Test
	void severalRangesPerDayAreKeptInOrder() {
		long baseId = testBases.create().getId();
		LocalDate monday = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusWeeks(1)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		schedule.replaceWeeklyHours(baseId, Map.of(DayOfWeek.MONDAY, HoursText.parse("13:00-17:30, 08:30-12:00", "monday")));

		assertThat(schedule.weeklyHours(baseId).get(DayOfWeek.MONDAY)).containsExactly(
				new DailyRange(LocalTime.of(8, 30), LocalTime.of(12, 0)),
				new DailyRange(LocalTime.of(13, 0), LocalTime.of(17, 30)));
		assertThat(hours.openTimes(baseId, shanghai(monday, 0), shanghai(monday, 23))).hasSize(2);
	}

	@Test
	void aMaintenanceWindowIsPublishedAndShowsInTheMachinesMaintenance() {
		long baseId = testBases.create().getId();
		LabMachine machine = registry.register(baseId, new MachineDetails("PLC-01", "plc-s7-1200", "127.0.0.1", 5999,
				"vnc", MachineState.ACTIVE), MachineSecrets.NONE, "test");
		LocalDateTime start = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusDays(3).atTime(10, 0);

		MaintenanceSchedule.WindowView window = maintenance.add(machine.id(), start, start.plusHours(4), "更换电源模块",
				"test");

		TimeRange expected = new TimeRange(shanghai(start.toLocalDate(), 10), shanghai(start.toLocalDate(), 14));
		assertThat(hours.maintenance(List.of(machine.id()), expected.start().minusSeconds(86_400),
				expected.end().plusSeconds(86_400))).containsEntry(machine.id(), List.of(expected));
		assertThat(withdrawals.received).contains(new MachineWithdrawn(machine.id(), expected,
				"labs.withdrawn.maintenance", "更换电源模块"));
		assertThat(maintenance.upcoming(machine.id())).extracting(MaintenanceSchedule.WindowView::id)
			.containsExactly(window.id());
		assertThat(maintenance.remove(machine.id(), window.id())).isTrue();
		assertThat(hours.maintenance(List.of(machine.id()), expected.start(), expected.end())).isEmpty();
	}

	@Test
	void aMaintenanceWindowEndingBeforeItStartsOrInThePastIsRefused() {
		long baseId = testBases.create().getId();
		LabMachine machine = registry.register(baseId, new MachineDetails("PLC-01", "plc-s7-1200", "127.0.0.1", 5999,
				"vnc", MachineState.ACTIVE), MachineSecrets.NONE, "test");
		LocalDateTime start = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusDays(3).atTime(10, 0);

		assertThatThrownBy(() -> maintenance.add(machine.id(), start, start.minusHours(1), "x", "test"))
			.isInstanceOf(FieldRejected.class).extracting("messageKey").isEqualTo("labs.maintenance.endBeforeStart");
		assertThatThrownBy(() -> maintenance.add(machine.id(), start.minusDays(10), start.minusDays(9), "x", "test"))
			.extracting("messageKey").isEqualTo("labs.maintenance.past");
		assertThat(maintenance.upcoming(machine.id())).isEmpty();
	}

	@Test
	void aListenerThatFailsUndoesTheMaintenanceWindow() {
		long baseId = testBases.create().getId();
		LabMachine machine = registry.register(baseId, new MachineDetails("PLC-01", "plc-s7-1200", "127.0.0.1", 5999,
				"vnc", MachineState.ACTIVE), MachineSecrets.NONE, "test");
		LocalDateTime start = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusDays(3).atTime(10, 0);
		withdrawals.failFor = machine.id();

		assertThatThrownBy(() -> maintenance.add(machine.id(), start, start.plusHours(1), "x", "test"))
			.isInstanceOf(IllegalStateException.class);
		assertThat(maintenance.upcoming(machine.id())).isEmpty();
	}

	@Test
	void retiringAMachineWithdrawsItFromNowOn() {
		long baseId = testBases.create().getId();
		LabMachine machine = registry.register(baseId, new MachineDetails("WELD-01", "robot-welding-cell", "127.0.0.1",
				5998, "vnc", MachineState.ACTIVE), MachineSecrets.NONE, "test");

		registry.update(machine.id(), new MachineDetails("WELD-01", "robot-welding-cell", "127.0.0.1", 5998, "vnc",
				MachineState.RETIRED), MachineSecrets.NONE, false, "test");

		assertThat(withdrawals.received).filteredOn(event -> event.machineId() == machine.id()).singleElement()
			.satisfies(event -> {
				assertThat(event.reasonKey()).isEqualTo("labs.withdrawn.state.RETIRED");
				assertThat(event.range().duration().toDays()).isEqualTo(3650);
			});
		assertThat(machines.activeWithImage("robot-welding-cell")).extracting(LabMachine::id).doesNotContain(machine.id());
	}

	private static Instant shanghai(LocalDate day, int hour) {
		return ZonedDateTime.of(day, LocalTime.of(hour, 0), ClockConfiguration.CLUSTER_ZONE).toInstant();
	}

	/** Records every withdrawal; throws for one machine, as a booking listener may. */
	static class Withdrawals implements ApplicationListener<PayloadApplicationEvent<MachineWithdrawn>> {

		final List<MachineWithdrawn> received = new CopyOnWriteArrayList<>();

		final List<BaseClosed> closures = new CopyOnWriteArrayList<>();

		volatile long failFor = -1;

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<MachineWithdrawn> published) {
			MachineWithdrawn event = published.getPayload();
			if (event.machineId() == failFor) {
				throw new IllegalStateException("cannot move the bookings");
			}
			received.add(event);
		}

	}

}
