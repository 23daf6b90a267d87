package cn.yrd.academy.booking.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.booking.BookingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

	Optional<Booking> findByIdAndUserId(long id, long userId);

	List<Booking> findByUserIdOrderByStartsAtDesc(long userId);

	List<Booking> findByUserIdAndEndsAtAfterOrderByStartsAtDesc(long userId, Instant after);

	@Query("""
			select b from Booking b
			where b.machineId = ?1 and b.status in ?2 and b.startsAt < ?4 and b.endsAt > ?3
			order by b.startsAt""")
	List<Booking> onMachineBetween(long machineId, Collection<BookingStatus> holding, Instant from, Instant to);

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
