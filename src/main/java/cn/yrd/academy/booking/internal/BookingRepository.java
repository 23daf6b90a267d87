package cn.yrd.academy.booking.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.booking.BookingStatus;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

	Optional<Booking> findByIdAndUserId(long id, long userId);

	/** The student's booking, its row locked: a cancel, an extension and a move wait for each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Booking b where b.id = ?1 and b.userId = ?2")
	Optional<Booking> lockOwn(long id, long userId);

	/** The booking, its row locked, for a timed step that must not cross a cancel or a first connection. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Booking b where b.id = ?1")
	Optional<Booking> lockById(long id);

	/** Holding bookings on the machine in the range, their rows locked, for moving them elsewhere. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select b from Booking b
			where b.machineId = ?1 and b.status in ?2 and b.startsAt < ?4 and b.endsAt > ?3
			order by b.startsAt""")
	List<Booking> lockOnMachineBetween(long machineId, Collection<BookingStatus> holding, Instant from, Instant to);

	/** Holding bookings at the base in the range, their rows locked, for cancelling them. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select b from Booking b
			where b.baseId = ?1 and b.status in ?2 and b.startsAt < ?4 and b.endsAt > ?3
			order by b.startsAt""")
	List<Booking> lockAtBaseBetween(long baseId, Collection<BookingStatus> holding, Instant from, Instant to);

	List<Booking> findByUserIdOrderByStartsAtDesc(long userId);

	List<Booking> findByUserIdAndEndsAtAfterOrderByStartsAtDesc(long userId, Instant after);

	@Query("""
			select b from Booking b
			where b.baseId = ?1 and b.status in ?2 and b.startsAt < ?4 and b.endsAt > ?3
			order by b.startsAt""")
	List<Booking> atBaseBetween(long baseId, Collection<BookingStatus> holding, Instant from, Instant to);

	@Query("""
			select b from Booking b
			where b.userId = ?1 and (b.endsAt > ?2 or b.updatedAt > ?2)
			order by b.startsAt""")
	List<Booking> forCalendarFeed(long userId, Instant since);

}
