package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yrd.academy.booking.BookingChanged;
import cn.yrd.academy.labs.BaseClosed;
import cn.yrd.academy.labs.BaseHoursChanged;
import cn.yrd.academy.labs.LabHours;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.labs.MachineWithdrawn;
import cn.yrd.academy.shared.time.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a machine is withdrawn (maintenance window, maintenance state, retired), each booking it had in that
 * time moves to another free machine of the same image at the same base, or is cancelled with the reason;
 * when a base closes for a day, or its new weekly hours leave a booking outside them, the booking is cancelled.
 * Either way the student is told. Runs inside the lab admin's transaction, so the withdrawal and what it did
 * to the bookings commit together.
 */
@Component
class Displacement {

	private static final Logger log = LoggerFactory.getLogger(Displacement.class);

	private final BookingRepository bookings;

	private final Cells cells;

	private final LabMachines machines;

	private final LabHours hours;

	private final Notices notices;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Displacement(BookingRepository bookings, Cells cells, LabMachines machines, LabHours hours, Notices notices,
			ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.cells = cells;
		this.machines = machines;
		this.hours = hours;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(MachineWithdrawn withdrawn) {
		Instant now = clock.instant();
		LabMachine machine = machines.find(withdrawn.machineId()).orElseThrow();
		// Bookings being made share-lock the machine row: wait for them, and keep new ones out until the
		// withdrawal commits (they then see it and are refused).
		jdbc.queryForList("SELECT id FROM lab_machines WHERE id = ? FOR UPDATE", Long.class, machine.id());
		List<Booking> affected = bookings.lockOnMachineBetween(machine.id(), Bookings.HOLDING,
				withdrawn.range().start().isBefore(now) ? now : withdrawn.range().start(), withdrawn.range().end());
		int moved = 0;
		for (Booking booking : affected) {
			if (moveElsewhere(booking, machine, now)) {
				moved++;
				notices.moved(booking, withdrawn.reasonKey(), withdrawn.note());
			}
			else {
				cancel(booking, withdrawn.reasonKey(), withdrawn.note(), now);
			}
		}
		bookings.flush();
		if (!affected.isEmpty()) {
			log.info("Machine {} withdrawn: {} bookings moved, {} cancelled", machine.id(), moved,
					affected.size() - moved);
		}
	}

	/** A closure day cancels every booking at the base that day; no other machine there can take it. */
	@EventListener
	void on(BaseClosed closed) {
		Instant now = clock.instant();
		jdbc.queryForList("SELECT id FROM lab_machines WHERE base_id = ? FOR UPDATE", Long.class, closed.baseId());
		List<Booking> affected = bookings.lockAtBaseBetween(closed.baseId(), Bookings.HOLDING,
				closed.range().start().isBefore(now) ? now : closed.range().start(), closed.range().end());
		for (Booking booking : affected) {
			cancel(booking, closed.reasonKey(), closed.note(), now);
		}
		bookings.flush();
		if (!affected.isEmpty()) {
			log.info("Base {} closed: {} bookings cancelled", closed.baseId(), affected.size());
		}
	}

	/** New weekly hours cancel the base's upcoming bookings that no longer lie inside an open time. */
	@EventListener
	void on(BaseHoursChanged changed) {
		Instant now = clock.instant();
		jdbc.queryForList("SELECT id FROM lab_machines WHERE base_id = ? FOR UPDATE", Long.class, changed.baseId());
		List<Booking> upcoming = bookings.lockAtBaseBetween(changed.baseId(), Bookings.HOLDING, now,
				now.plus(Duration.ofDays(366)));
		int cancelled = 0;
		for (Booking booking : upcoming) {
			boolean started = !booking.getStartsAt().isAfter(now);
			if (!started && hours.openTimes(changed.baseId(), booking.getStartsAt(), booking.getEndsAt()).stream()
				.noneMatch(open -> open.contains(booking.range()))) {
				cancel(booking, changed.reasonKey(), "", now);
				cancelled++;
			}
		}
		bookings.flush();
		if (cancelled > 0) {
			log.info("Base {} changed its hours: {} bookings cancelled", changed.baseId(), cancelled);
		}
	}

	private void cancel(Booking booking, String reasonKey, String note, Instant now) {
		cells.release(booking.getId());
		booking.cancel(reasonKey, note, now);
		notices.cancelled(booking, reasonKey, note);
		events.publishEvent(new BookingChanged(booking.getId(), BookingChanged.Change.CANCELLED));
	}

	private boolean moveElsewhere(Booking booking, LabMachine from, Instant now) {
		TimeRange range = booking.range();
		List<LabMachine> others = machines.activeWithImage(from.imageCode()).stream()
			.filter(other -> other.baseId() == from.baseId() && other.id() != from.id())
			.toList();
		Map<Long, List<TimeRange>> maintenance = hours.maintenance(others.stream().map(LabMachine::id).toList(),
				range.start(), range.end());
		Set<Long> seats = booking.getBlockId() == null ? Set.of()
				: Set.of(booking.getBlockId());
		cells.releaseMachine(booking.getId());
		for (LabMachine other : others) {
			if (!maintenance.containsKey(other.id()) && cells.claimMachine(other.id(), booking.getId(), range, seats)) {
				booking.moveTo(other.id(), now);
				events.publishEvent(new BookingChanged(booking.getId(), BookingChanged.Change.MOVED));
				return true;
			}
			cells.releaseMachine(booking.getId());
		}
		return false;
	}

}
