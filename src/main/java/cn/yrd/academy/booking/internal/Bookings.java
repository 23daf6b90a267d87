package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.yrd.academy.booking.BookingChanged;
import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabHours;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.shared.time.TimeRange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books, cancels and extends. Every rule is checked inside one READ COMMITTED transaction that first locks
 * the student's account row (and the organization's quota row), then claims the half-hour cells under their
 * primary keys: a second holder of a machine's or a student's cell is impossible whatever node asks.
 */
@Service
public class Bookings {

	static final List<BookingStatus> HOLDING = List.of(BookingStatus.CONFIRMED, BookingStatus.ACTIVE);

	/** Statuses that count against weekly hours and quotas: time that was or will be used. */
	static final List<BookingStatus> COUNTED = List.of(BookingStatus.CONFIRMED, BookingStatus.ACTIVE,
			BookingStatus.COMPLETED, BookingStatus.NO_SHOW);

	private static final int ATTEMPTS = 4;

	/**
	 * What a student asks for.
	 *
	 * @param start the slot's start, or {@code null} for "now"
	 * @param machineId a specific machine, or {@code null} for any machine at {@code baseCode}
	 * @param until with a {@code null} start: the booking runs from now until then instead of the exercise's
	 *     length (the rest of a slot handed over from the waitlist)
	 */
	public record Request(String course, String lab, Instant start, Long machineId, String baseCode, Instant until) {

		public Request(String course, String lab, Instant start, Long machineId, String baseCode) {
			this(course, lab, start, machineId, baseCode, null);
		}

	}

	private final BookingRepository bookings;

	private final Cells cells;

	private final Quotas quotas;

	private final BookingRules rules;

	private final LabExercises labs;

	private final LabMachines machines;

	private final LabHours hours;

	private final TrainingBases bases;

	private final BlockSeats blockSeats;

	private final IdempotencyKeys idempotencyKeys;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Bookings(BookingRepository bookings, Cells cells, Quotas quotas, BookingRules rules, LabExercises labs,
			LabMachines machines, LabHours hours, TrainingBases bases, BlockSeats blockSeats,
			IdempotencyKeys idempotencyKeys, JdbcTemplate jdbc, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.bookings = bookings;
		this.cells = cells;
		this.quotas = quotas;
		this.rules = rules;
		this.labs = labs;
		this.machines = machines;
		this.hours = hours;
		this.bases = bases;
		this.blockSeats = blockSeats;
		this.idempotencyKeys = idempotencyKeys;
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.clock = clock;
	}

	/**
	 * Books a slot, or returns the booking an earlier request with the same idempotency key made.
	 * @throws BookingRefused when a rule says no; nothing is written then
	 */
	public Booking book(Request request, AcademyUser student, String idempotencyKey) {
		String fingerprint = IdempotencyKeys.fingerprint(request);
		if (idempotencyKey != null) {
			Booking earlier = idempotencyKeys.earlier(student.id(), idempotencyKey, fingerprint);
			if (earlier != null) {
				return earlier;
			}
		}
		try {
			return retryingDeadlocks(() -> {
				Booking booking = bookInTransaction(request, student);
				if (idempotencyKey != null) {
					idempotencyKeys.remember(student.id(), idempotencyKey, fingerprint, booking.getId(),
							clock.instant());
				}
				return booking;
			});
		}
		catch (IdempotencyKeys.AlreadyUsed concurrentRetry) {
			return idempotencyKeys.earlier(student.id(), idempotencyKey, fingerprint);
		}
		catch (BookingRefused refused) {
			// A retry that raced its original waited on the original's cells and was refused as its own
			// overlap; once the original committed, its booking is the answer.
			Booking earlier = idempotencyKey == null ? null
					: idempotencyKeys.earlier(student.id(), idempotencyKey, fingerprint);
			if (earlier == null) {
				throw refused;
			}
			return earlier;
		}
	}

	private Booking bookInTransaction(Request request, AcademyUser student) {
		if (!student.hasRole(Role.STUDENT)) {
			throw new BookingRefused(Refusal.NOT_A_STUDENT);
		}
		LabExerciseSummary lab = labs.find(request.course(), request.lab(), student)
			.orElseThrow(() -> new BookingRefused(Refusal.UNKNOWN_LAB));
		if (!labs.isEnrolled(student.id(), lab.courseCode())) {
			throw new BookingRefused(Refusal.NOT_ENROLLED);
		}
		Instant now = clock.instant();
		TimeRange range = request.start() == null && request.until() != null ? rules.rest(request.until(), now)
				: rules.slot(request.start(), SlotGrid.slotLength(lab.minutes()), now);
		Choice choice = candidates(request, lab);
		TrainingBaseSummary base = choice.base();
		Set<Long> active = lockActive(choice.machines().stream().map(LabMachine::id).toList());
		List<LabMachine> candidates = choice.machines().stream().filter(machine -> active.contains(machine.id()))
			.toList();
		if (candidates.isEmpty()) {
			throw new BookingRefused(Refusal.MACHINE_UNAVAILABLE);
		}
		rules.requireOpen(hours.openTimes(base.id(), range.start(), range.end()), range);
		candidates = withoutMaintenance(candidates, range);
		Set<Long> seats = blockSeats.approvedFor(lab.courseCode(), base.id());
		List<LabMachine> seatMachines = blockSeats.machinesWithOpenSeats(candidates, range, seats);
		boolean inBlock = !seatMachines.isEmpty();

		lockAccount(student.id());
		StudentLoad load = load(student.id(), now, SlotGrid.weekOf(range.start()));
		rules.requireWithinLimits(load.upcoming(), load.minutesThatWeek(), range.duration());
		Booking booking = bookings.saveAndFlush(new Booking(student.id(), student.organizationId(),
				(inBlock ? seatMachines : candidates).get(0).id(), base.id(), lab.courseCode(), lab.slug(),
				null, range, now));
		if (!cells.claimForStudent(student.id(), booking.getId(), range)) {
			throw new BookingRefused(Refusal.OVERLAPS_OWN_BOOKING);
		}
		for (LabMachine machine : inBlock ? seatMachines : candidates) {
			if (cells.claimMachine(machine.id(), booking.getId(), range, seats)) {
				booking.assign(machine.id(), inBlock ? blockSeats.blockOf(machine.id(), range) : null);
				bookings.flush();
				if (!inBlock) {
					requireQuota(student.organizationId(), base, range);
				}
				events.publishEvent(new BookingChanged(booking.getId(), BookingChanged.Change.BOOKED));
				return booking;
			}
			cells.releaseMachine(booking.getId());
		}
		throw new BookingRefused(Refusal.SLOT_TAKEN);
	}

	/** Cancels the student's own booking while it may still be cancelled; the waitlist gets the freed slot. */
	public Booking cancel(long bookingId, AcademyUser student) {
		Booking cancelled = retryingDeadlocks(() -> {
			lockAccount(student.id());
			Booking booking = own(bookingId, student);
			if (booking.getStatus() != BookingStatus.CONFIRMED) {
				throw new BookingRefused(Refusal.NOT_CANCELLABLE);
			}
			rules.requireCancellable(booking, clock.instant());
			cells.release(booking.getId());
			booking.cancel("booking.cancelled.byStudent", "", clock.instant());
			bookings.flush();
			events.publishEvent(new BookingChanged(booking.getId(), BookingChanged.Change.CANCELLED));
			return booking;
		});
		events.publishEvent(new SlotFreed(cancelled.getBaseId(), cancelled.range()));
		return cancelled;
	}

	/** Adds one extension when the same machine is free right after, within every limit. */
	public Booking extend(long bookingId, AcademyUser student) {
		return retryingDeadlocks(() -> {
			lockAccount(student.id());
			Booking booking = own(bookingId, student);
			Instant now = clock.instant();
			if (!booking.getStatus().holdsTime() || !booking.getEndsAt().isAfter(now)) {
				throw new BookingRefused(Refusal.CANNOT_EXTEND);
			}
			TimeRange extra = new TimeRange(booking.getEndsAt(), booking.getEndsAt().plus(rules.extension()));
			rules.requireExtensible(booking.range(), extra);
			rules.requireOpen(hours.openTimes(booking.getBaseId(), extra.start(), extra.end()), extra);
			if (lockActive(List.of(booking.getMachineId())).isEmpty()) {
				throw new BookingRefused(Refusal.MACHINE_UNAVAILABLE);
			}
			withoutMaintenance(List.of(machines.find(booking.getMachineId()).orElseThrow()), extra);
			rules.requireWithinLimits(0, load(student.id(), now, SlotGrid.weekOf(booking.getStartsAt())).minutesThatWeek()
					- booking.range().duration().toMinutes(), booking.range().duration().plus(extra.duration()));
			// A booking made "now" ends off the grid and already holds the cell its end falls in.
			TimeRange newCells = new TimeRange(SlotGrid.ceil(booking.getEndsAt()).isBefore(extra.end())
					? SlotGrid.ceil(booking.getEndsAt()) : extra.start(), extra.end());
			if (!cells.claimForStudent(student.id(), booking.getId(), newCells)) {
				throw new BookingRefused(Refusal.OVERLAPS_OWN_BOOKING);
			}
			Set<Long> seats = booking.getBlockId() == null ? Set.of() : Set.of(booking.getBlockId());
			boolean inBlock = !seats.isEmpty() && blockSeats.allOpenSeats(booking.getMachineId(), newCells, seats);
			if (!cells.claimMachine(booking.getMachineId(), booking.getId(), newCells, seats)) {
				throw new BookingRefused(Refusal.CANNOT_EXTEND);
			}
			booking.extendTo(extra.end(), now);
			bookings.flush();
			if (!inBlock) {
				requireQuota(booking.getOrganizationId(), bases.find(booking.getBaseId()).orElseThrow(), extra);
			}
			events.publishEvent(new BookingChanged(booking.getId(), BookingChanged.Change.EXTENDED));
			return booking;
		});
	}


	/** The student's booking, read and locked after their account: the latest committed state. */
	private Booking own(long bookingId, AcademyUser student) {
		return bookings.lockOwn(bookingId, student.id())
			.orElseThrow(() -> new BookingRefused(Refusal.UNKNOWN_BOOKING));
	}

	/** The base a request goes to and the machines there that may take it, the first choice first. */
	private record Choice(TrainingBaseSummary base, List<LabMachine> machines) {
	}

	private Choice candidates(Request request, LabExerciseSummary lab) {
		if (request.machineId() != null) {
			LabMachine machine = machines.find(request.machineId())
				.orElseThrow(() -> new BookingRefused(Refusal.MACHINE_UNAVAILABLE));
			if (!machine.imageCode().equals(lab.imageCode())) {
				throw new BookingRefused(Refusal.WRONG_IMAGE);
			}
			// activeWithImage also leaves out machines the health check found offline
			if (machines.activeWithImage(lab.imageCode()).stream().noneMatch(active -> active.id() == machine.id())) {
				throw new BookingRefused(Refusal.MACHINE_UNAVAILABLE);
			}
			return new Choice(bases.find(machine.baseId()).orElseThrow(), List.of(machine));
		}
		TrainingBaseSummary base = bases.findByCode(request.baseCode() == null ? "" : request.baseCode())
			.orElseThrow(() -> new BookingRefused(Refusal.UNKNOWN_BASE));
		List<LabMachine> atBase = machines.activeWithImage(lab.imageCode()).stream()
			.filter(machine -> machine.baseId() == base.id())
			.toList();
		if (atBase.isEmpty()) {
			throw new BookingRefused(Refusal.MACHINE_UNAVAILABLE);
		}
		return new Choice(base, leastUsedFirst(atBase, base.id()));
	}

	/** What the student holds: bookings not yet ended, and minutes booked in one week. */
	private record StudentLoad(long upcoming, long minutesThatWeek) {
	}

	/** Both per-student counts in one statement, read under the account lock. */
	private StudentLoad load(long userId, Instant now, LocalDate week) {
		return jdbc.queryForObject("SELECT COALESCE(SUM(status IN ('CONFIRMED', 'ACTIVE') AND ends_at > ?), 0),"
				+ " COALESCE(SUM(CASE WHEN week_start = ? AND status <> 'CANCELLED' THEN minutes ELSE 0 END), 0)"
				+ " FROM bookings WHERE user_id = ?", (rs, row) -> new StudentLoad(rs.getLong(1), rs.getLong(2)),
				Cells.sql(now), week, userId);
	}

	/** Spreads use evenly: the machine with the fewest booked minutes around now is tried first. */
	private List<LabMachine> leastUsedFirst(List<LabMachine> atBase, long baseId) {
		Instant now = clock.instant();
		Map<Long, Long> used = new HashMap<>();
		jdbc.query("SELECT machine_id, SUM(minutes) FROM bookings WHERE base_id = ? AND status IN ('CONFIRMED',"
				+ " 'ACTIVE', 'COMPLETED') AND starts_at >= ? AND starts_at < ? GROUP BY machine_id",
				rs -> {
					used.put(rs.getLong(1), rs.getLong(2));
				}, baseId, Cells.sql(now.minus(Duration.ofDays(7))), Cells.sql(now.plus(rules.horizon())));
		List<LabMachine> ordered = new ArrayList<>(atBase);
		ordered.sort(Comparator.comparingLong((LabMachine machine) -> used.getOrDefault(machine.id(), 0L))
			.thenComparingLong(LabMachine::id));
		return ordered;
	}

	private List<LabMachine> withoutMaintenance(List<LabMachine> candidates, TimeRange range) {
		Map<Long, List<TimeRange>> windows = hours.maintenance(candidates.stream().map(LabMachine::id).toList(),
				range.start(), range.end());
		List<LabMachine> free = candidates.stream().filter(machine -> !windows.containsKey(machine.id())).toList();
		if (free.isEmpty()) {
			throw new BookingRefused(Refusal.MACHINE_UNAVAILABLE);
		}
		return free;
	}

	/**
	 * Checks the organization's quota once the booking's minutes are written, as the last step before the
	 * commit: the quota row is locked for one query and the commit, so an organization's bookings at a base
	 * wait for each other only that long.
	 */
	private void requireQuota(long organizationId, TrainingBaseSummary base, TimeRange added) {
		OptionalLong left = quotas.remaining(organizationId, base, SlotGrid.weekOf(added.start()), true);
		if (left.isPresent() && left.getAsLong() < 0) {
			long before = Math.max(0, left.getAsLong() + added.duration().toMinutes());
			throw new BookingRefused(Refusal.OVER_QUOTA, before / 60, before % 60);
		}
	}

	/**
	 * Share-locks the machines' rows and returns those still active. Withdrawing a machine (maintenance, closure,
	 * retirement) locks its row exclusively before moving its bookings, so a booking is either seen and moved
	 * or made after the withdrawal and checked against it.
	 */
	private Set<Long> lockActive(List<Long> machineIds) {
		String ids = machineIds.stream().map(String::valueOf).collect(Collectors.joining(","));
		return new HashSet<>(jdbc.queryForList("SELECT id FROM lab_machines WHERE id IN (" + ids + ")"
				+ " AND state = 'ACTIVE' LOCK IN SHARE MODE", Long.class));
	}

	/** Locks the student's account row; their concurrent bookings are checked against the limits in turn. */
	private void lockAccount(long userId) {
		jdbc.update("INSERT INTO booking_accounts (user_id) VALUES (?) ON DUPLICATE KEY UPDATE user_id = user_id",
				userId);
	}

	/** Runs the work in its own transaction, again when the database chose it as a deadlock victim. */
	<T> T retryingDeadlocks(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> work.get());
			}
			catch (PessimisticLockingFailureException deadlock) {
				if (attempt == ATTEMPTS) {
					throw deadlock;
				}
			}
		}
	}

}
