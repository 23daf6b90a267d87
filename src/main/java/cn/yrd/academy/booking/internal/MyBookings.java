package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's bookings as their page and the API list them: upcoming first, then past.
 */
@Service
@Transactional(readOnly = true)
public class MyBookings {

	/** A booking's status as its student sees it. */
	public enum Shown {
		CONFIRMED, IN_PROGRESS, ENDED, ACTIVE, COMPLETED, CANCELLED, NO_SHOW
	}

	/** A booking with what the page shows of it and what its student may still do. */
	public record Row(Booking booking, Bilingual labTitle, LabMachine machine, TrainingBaseSummary base,
			boolean cancellable, boolean extensible, boolean upcoming) {

		/** The status shown: a confirmed booking whose time has come shows as in progress or ended. */
		public Shown displayStatus(Instant now) {
			if (booking.getStatus() == BookingStatus.CONFIRMED && !booking.getStartsAt().isAfter(now)) {
				return booking.getEndsAt().isAfter(now) ? Shown.IN_PROGRESS : Shown.ENDED;
			}
			return Shown.valueOf(booking.getStatus().name());
		}

	}

	private final BookingRepository bookings;

	private final LabMachines machines;

	private final TrainingBases bases;

	private final BookingRules rules;

	private final LabExercises labs;

	private final Clock clock;

	private final Map<Long, String> baseCodes = new ConcurrentHashMap<>();

	MyBookings(BookingRepository bookings, LabMachines machines, TrainingBases bases, BookingRules rules,
			LabExercises labs, Clock clock) {
		this.labs = labs;
		this.bookings = bookings;
		this.machines = machines;
		this.bases = bases;
		this.rules = rules;
		this.clock = clock;
	}

	public List<Booking> all(AcademyUser student) {
		return bookings.findByUserIdOrderByStartsAtDesc(student.id());
	}

	public List<Row> rows(AcademyUser student) {
		Instant now = clock.instant();
		Map<Long, TrainingBaseSummary> byId = bases.all().stream()
			.collect(Collectors.toMap(TrainingBaseSummary::id, Function.identity()));
		Map<String, Bilingual> titles = new HashMap<>();
		return all(student).stream().map(booking -> {
			boolean upcoming = booking.getStatus().holdsTime() && booking.getEndsAt().isAfter(now);
			Bilingual title = titles.computeIfAbsent(booking.getCourseCode() + "/" + booking.getLabSlug(),
					key -> labs.find(booking.getCourseCode(), booking.getLabSlug(), student)
						.map(LabExerciseSummary::title)
						.orElse(new Bilingual(booking.getLabSlug(), booking.getLabSlug())));
			return new Row(booking, title, machines.find(booking.getMachineId()).orElse(null), byId.get(booking.getBaseId()),
					rules.isCancellable(booking, now), upcoming && booking.range().duration().plus(rules.extension())
						.compareTo(rules.maxLength()) <= 0,
					upcoming);
		}).toList();
	}

	/** A base's code never changes once it is created, so each is looked up once. */
	public String baseCode(long baseId) {
		return baseCodes.computeIfAbsent(baseId,
				id -> bases.find(id).map(TrainingBaseSummary::code).orElse(null));
	}

}
