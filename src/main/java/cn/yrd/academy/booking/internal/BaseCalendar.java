package cn.yrd.academy.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
	public record MachineWeek(LabMachine machine, Map<LocalDate, List<Booking>> days) {
	}

	private final BookingRepository bookings;

	private final LabMachines machines;

	BaseCalendar(BookingRepository bookings, LabMachines machines) {
		this.bookings = bookings;
		this.machines = machines;
	}

	public List<MachineWeek> week(long baseId, LocalDate monday) {
		TimeRange week = SlotGrid.week(monday);
		Map<Long, List<Booking>> byMachine = bookings.atBaseBetween(baseId, Bookings.COUNTED, week.start(), week.end())
			.stream()
			.collect(Collectors.groupingBy(Booking::getMachineId));
		return machines.atBase(baseId).stream()
			.map(machine -> new MachineWeek(machine, byMachine.getOrDefault(machine.id(), List.of()).stream()
				.collect(Collectors.groupingBy(booking -> day(booking.getStartsAt())))))
			.toList();
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate();
	}

}
