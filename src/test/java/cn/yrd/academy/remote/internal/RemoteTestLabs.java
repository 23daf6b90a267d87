package cn.yrd.academy.remote.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.TrainingBase;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.internal.MachineDetails;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.LabRuntime;
import cn.yrd.academy.support.TestBookers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A training base of its own with one PLC trainer that is the test VNC machine, so the demo bases stay as other
 * tests expect them; and bookings on it written straight into the table, at whatever time a test needs ("now",
 * already over, not yet begun), whenever the tests run. Public for the tests of modules that read remote sessions
 * (a lab submission's recordings).
 */
public final class RemoteTestLabs {

	private final Directory directory;

	private final MachineRegistry machines;

	private final JdbcTemplate jdbc;

	public RemoteTestLabs(Directory directory, MachineRegistry machines, JdbcTemplate jdbc) {
		this.directory = directory;
		this.machines = machines;
		this.jdbc = jdbc;
	}

	/** A machine reaching the test VNC desktop with the demo password. */
	LabMachine vncMachine(long organizationId) {
		return machine(organizationId, LabRuntime.plcSimulator().port(), MachineState.ACTIVE);
	}

	/** A machine reaching the test SSH target with the demo account. */
	LabMachine sshMachine(long organizationId) {
		TrainingBase base = base(organizationId);
		return machines.register(base.getId(), new MachineDetails("EDGE-R1", "iiot-edge-gateway", "127.0.0.1",
				LabRuntime.sshTarget().port(), "ssh", MachineState.ACTIVE),
				new MachineSecrets(LabRuntime.SSH_USER, LabRuntime.PASSWORD, null, null, null, null), "test");
	}

	public LabMachine machine(long organizationId, int port, MachineState state) {
		TrainingBase base = base(organizationId);
		return machines.register(base.getId(), new MachineDetails("PLC-R1", "plc-s7-1200", "127.0.0.1", port, "vnc",
				state), new MachineSecrets(null, null, null, LabRuntime.PASSWORD, null, null), "test");
	}

	private TrainingBase base(long organizationId) {
		String code = "REMOTE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return directory.saveBase(null, new Directory.BaseDetails(code, organizationId, "远程测试基地" + code,
				"Remote test base " + code, Province.ZJ, "宁波", "测试路5号"), "test");
	}

	public long booking(AcademyUser student, LabMachine machine, Instant start, Instant end, BookingStatus status) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		Instant now = Instant.now();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("""
					INSERT INTO bookings (user_id, organization_id, machine_id, base_id, course_code, lab_slug,
					  starts_at, ends_at, minutes, week_start, status, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			insert.setLong(1, student.id());
			insert.setLong(2, student.organizationId());
			insert.setLong(3, machine.id());
			insert.setLong(4, machine.baseId());
			insert.setString(5, TestBookers.COURSE);
			insert.setString(6, TestBookers.LAB);
			insert.setTimestamp(7, sql(start));
			insert.setTimestamp(8, sql(end));
			insert.setInt(9, (int) java.time.Duration.between(start, end).toMinutes());
			insert.setDate(10, Date.valueOf(start.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate()
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
			insert.setString(11, status.name());
			insert.setTimestamp(12, sql(now));
			insert.setTimestamp(13, sql(now));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	public void setStatus(long bookingId, BookingStatus status) {
		jdbc.update("UPDATE bookings SET status = ? WHERE id = ?", status.name(), bookingId);
	}

	void setTimes(long bookingId, Instant start, Instant end) {
		jdbc.update("UPDATE bookings SET starts_at = ?, ends_at = ? WHERE id = ?", sql(start),
				sql(end), bookingId);
	}

	/** Stored as UTC wall time, as the rest of the schema (whatever the JVM's own zone). */
	public static Timestamp sql(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

}
