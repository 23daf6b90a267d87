package cn.yrd.academy.labs.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.TrainingBase;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.TestStudents;

/**
 * Training bases of their own for the machine health tests: run by the test students' organization (so its
 * students book without a quota), open 00:00–23:30 every day (so a booking can start within the next hours
 * whenever the test runs), with PLC trainers at local ports the test opens and closes, and a real lab admin
 * account to receive the alerts. The demo bases and their bookings stay as other tests expect them.
 */
final class HealthTestBases {

	static final String PLC = "plc-s7-1200";

	/** The lab's length, {@code traffic-light-sequence} of PLC-101. */
	static final int LAB_HOURS = 2;

	private static final LocalTime CLOSES = LocalTime.of(23, 30);

	record HealthBase(long id, String code, long labAdminId) {
	}

	private final Directory directory;

	private final BaseSchedule schedule;

	private final MachineRegistry machines;

	private final TestStudents students;

	private final AccountAdministration accounts;

	HealthTestBases(Directory directory, BaseSchedule schedule, MachineRegistry machines, TestStudents students,
			AccountAdministration accounts) {
		this.directory = directory;
		this.schedule = schedule;
		this.machines = machines;
		this.students = students;
		this.accounts = accounts;
	}

	HealthBase create() {
		String code = "HEALTH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		TrainingBase base = directory.saveBase(null, new Directory.BaseDetails(code, students.organizationId(),
				"连接检查测试基地" + code, "Health test base " + code, Province.ZJ, "宁波", "测试路3号"), "test");
		Map<DayOfWeek, List<DailyRange>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, List.of(new DailyRange(LocalTime.MIDNIGHT, CLOSES)));
		}
		schedule.replaceWeeklyHours(base.getId(), week);
		long labAdmin = students.register("hadmin").getId();
		accounts.changeRoles(labAdmin, Set.of(Role.LAB_ADMIN), base.getId(), "test");
		return new HealthBase(base.getId(), code, labAdmin);
	}

	LabMachine machine(HealthBase base, String name, int port) {
		return machines.register(base.id(), new MachineDetails(name, PLC, "127.0.0.1", port, "vnc",
				MachineState.ACTIVE), MachineSecrets.NONE, "test");
	}

	/** A listening local port; closing it makes the machine behind it stop answering. */
	static ServerSocket listening() {
		try {
			return new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A local port nothing listens on. */
	static int closedPort() {
		try (ServerSocket socket = listening()) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A slot for the lab that starts 30 to 60 minutes from now on the half-hour grid and ends before the base
	 * closes; after 21:00 Beijing time, the next midnight. Either way inside the next four hours.
	 */
	static Instant soon(Instant now) {
		ZonedDateTime earliest = now.plusSeconds(30 * 60).atZone(ClockConfiguration.CLUSTER_ZONE);
		ZonedDateTime start = earliest.truncatedTo(ChronoUnit.HOURS)
			.plusMinutes(earliest.getMinute() < 30 ? 30 : 60);
		if (start.toLocalTime().isAfter(CLOSES.minusHours(LAB_HOURS))) {
			start = start.toLocalDate().plusDays(1).atStartOfDay(ClockConfiguration.CLUSTER_ZONE);
		}
		return start.toInstant();
	}

}
