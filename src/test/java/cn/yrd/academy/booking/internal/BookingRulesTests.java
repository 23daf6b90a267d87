package cn.yrd.academy.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.yrd.academy.shared.time.TimeRange;
import org.junit.jupiter.api.Test;

/**
 * The time rules of booking with an explicit "now" (a Tuesday, 09:10 in Asia/Shanghai).
 */
class BookingRulesTests {

	private static final Instant NOW = Instant.parse("2026-11-24T01:10:00Z");

	private static final Duration TWO_HOURS = Duration.ofHours(2);

	private final BookingRules rules = new BookingRules(new BookingProperties(3, Duration.ofHours(6),
			Duration.ofDays(14), Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofHours(4),
			List.of(Duration.ofDays(1), Duration.ofMinutes(30)), Duration.ofMinutes(10)));

	@Test
	void slotLengthIsTheExerciseRoundedUpToHalfHours() {
		assertThat(SlotGrid.slotLength(90)).isEqualTo(Duration.ofMinutes(90));
		assertThat(SlotGrid.slotLength(100)).isEqualTo(Duration.ofMinutes(120));
		assertThat(SlotGrid.slotLength(1)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aSlotStartsOnTheGridInTheFutureWithinTheHorizon() {
		assertThat(rules.slot(Instant.parse("2026-11-25T02:00:00Z"), TWO_HOURS, NOW))
			.isEqualTo(new TimeRange(Instant.parse("2026-11-25T02:00:00Z"), Instant.parse("2026-11-25T04:00:00Z")));
		assertRefused(() -> rules.slot(Instant.parse("2026-11-25T02:10:00Z"), TWO_HOURS, NOW), Refusal.OFF_GRID);
		assertRefused(() -> rules.slot(Instant.parse("2026-11-24T01:00:00Z"), TWO_HOURS, NOW), Refusal.IN_PAST);
		assertRefused(() -> rules.slot(Instant.parse("2026-12-08T02:00:00Z"), TWO_HOURS, NOW),
				Refusal.TOO_FAR_AHEAD);
	}

	@Test
	void nowStartsAtThisMomentAndLastsTheSlotLength() {
		TimeRange now = rules.slot(null, TWO_HOURS, NOW);

		assertThat(now.start()).isEqualTo(NOW);
		assertThat(now.end()).isEqualTo(NOW.plus(TWO_HOURS));
		assertThat(SlotGrid.cells(now)).hasSize(5).first().isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
	}

	@Test
	void aSlotMustLieInsideOneOpenTime() {
		TimeRange open = new TimeRange(Instant.parse("2026-11-25T00:00:00Z"), Instant.parse("2026-11-25T13:00:00Z"));
		rules.requireOpen(List.of(open), new TimeRange(Instant.parse("2026-11-25T11:00:00Z"),
				Instant.parse("2026-11-25T13:00:00Z")));

		assertRefused(() -> rules.requireOpen(List.of(open), new TimeRange(Instant.parse("2026-11-25T12:00:00Z"),
				Instant.parse("2026-11-25T14:00:00Z"))), Refusal.OUTSIDE_OPENING_HOURS);
		assertRefused(() -> rules.requireOpen(List.of(), new TimeRange(Instant.parse("2026-11-25T02:00:00Z"),
				Instant.parse("2026-11-25T04:00:00Z"))), Refusal.OUTSIDE_OPENING_HOURS);
	}

	@Test
	void limitsCountUpcomingBookingsAndWeeklyHours() {
		rules.requireWithinLimits(2, 240, TWO_HOURS);

		assertRefused(() -> rules.requireWithinLimits(3, 0, TWO_HOURS), Refusal.LIMIT_REACHED);
		BookingRefused refused = assertRefused(() -> rules.requireWithinLimits(1, 270, TWO_HOURS),
				Refusal.WEEKLY_HOURS_REACHED);
		assertThat(refused.arguments()).containsExactly(6L, 1L, 30L);
	}

	@Test
	void cancellingEndsThirtyMinutesBeforeTheStart() {
		Booking booking = new Booking(1, 1, 1, 1, "PLC-101", "lab", null,
				new TimeRange(Instant.parse("2026-11-24T02:00:00Z"), Instant.parse("2026-11-24T04:00:00Z")), NOW);

		assertThat(rules.isCancellable(booking, Instant.parse("2026-11-24T01:30:00Z"))).isTrue();
		assertThat(rules.isCancellable(booking, Instant.parse("2026-11-24T01:31:00Z"))).isFalse();
		assertRefused(() -> rules.requireCancellable(booking, Instant.parse("2026-11-24T01:45:00Z")),
				Refusal.TOO_LATE_TO_CANCEL);
	}

	@Test
	void extensionsStopAtTheMaximumLength() {
		TimeRange booked = new TimeRange(NOW, NOW.plus(Duration.ofMinutes(210)));
		rules.requireExtensible(booked, new TimeRange(booked.end(), booked.end().plus(Duration.ofMinutes(30))));

		TimeRange full = new TimeRange(NOW, NOW.plus(Duration.ofHours(4)));
		assertRefused(() -> rules.requireExtensible(full, new TimeRange(full.end(), full.end().plusSeconds(1800))),
				Refusal.MAX_LENGTH_REACHED);
	}

	@Test
	void weeksRunMondayToSundayInShanghai() {
		// Sunday 23:30 in Shanghai is still the week that began on Monday the 23rd.
		assertThat(SlotGrid.weekOf(Instant.parse("2026-11-29T15:30:00Z"))).hasToString("2026-11-23");
		// Monday 00:30 in Shanghai (Sunday in UTC) starts the next week.
		assertThat(SlotGrid.weekOf(Instant.parse("2026-11-29T16:30:00Z"))).hasToString("2026-11-30");
	}

	private static BookingRefused assertRefused(Runnable rule, Refusal refusal) {
		BookingRefused[] caught = new BookingRefused[1];
		assertThatThrownBy(rule::run).isInstanceOfSatisfying(BookingRefused.class, refused -> {
			assertThat(refused.refusal()).isEqualTo(refusal);
			caught[0] = refused;
		});
		return caught[0];
	}

}
