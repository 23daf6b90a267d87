package cn.yrd.academy.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.identity.UserSummary;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.time.TimeRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A week at a training base for its lab admin: every machine × every day, with the bookings in each cell.
 */
@Service
@Transactional(readOnly = true)
public class BaseCalendar {

	/** One machine's week: bookings by day (Asia/Shanghai). */
	public record MachineWeek(LabMachine machine, Map<LocalDate, List<Entry>> days) {
	}

	/** A booking with who made it, for the lab admin to recognise at the door. */
	public record Entry(Booking booking, String studentName, String organizationName) {
	}

	private final BookingRepository bookings;

	private final LabMachines machines;

	private final UserDirectory users;

	private final Organizations organizations;

	BaseCalendar(BookingRepository bookings, LabMachines machines, UserDirectory users, Organizations organizations) {
		this.bookings = bookings;
		this.machines = machines;
		this.users = users;
		this.organizations = organizations;
	}

	public List<MachineWeek> week(long baseId, LocalDate monday, Locale locale) {
		TimeRange week = SlotGrid.week(monday);
		List<Booking> booked = bookings.atBaseBetween(baseId, Bookings.COUNTED, week.start(), week.end());
		Map<Long, UserSummary> students = users.summaries(booked.stream().map(Booking::getUserId).toList());
		Map<Long, String> organizationNames = organizations.active().stream()
			.collect(Collectors.toMap(OrganizationSummary::id, organization -> organization.name().in(locale)));
		Map<Long, List<Entry>> byMachine = booked.stream()
			.map(booking -> new Entry(booking,
					students.containsKey(booking.getUserId()) ? students.get(booking.getUserId()).displayName() : "",
					organizationNames.getOrDefault(booking.getOrganizationId(), "")))
			.collect(Collectors.groupingBy(entry -> entry.booking().getMachineId()));
		return machines.atBase(baseId).stream()
			.map(machine -> new MachineWeek(machine, byMachine.getOrDefault(machine.id(), List.of()).stream()
				.collect(Collectors.groupingBy(entry -> day(entry.booking().getStartsAt())))))
			.toList();
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate();
	}

}
