package cn.yrd.academy.labs.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureRepository extends JpaRepository<Closure, Long> {

	List<Closure> findByBaseIdOrderByDay(long baseId);

	List<Closure> findByBaseIdAndDayBetween(long baseId, LocalDate first, LocalDate last);

	Optional<Closure> findByBaseIdAndDay(long baseId, LocalDate day);

}
