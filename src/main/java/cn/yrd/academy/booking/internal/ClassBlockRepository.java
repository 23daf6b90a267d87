package cn.yrd.academy.booking.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ClassBlockRepository extends JpaRepository<ClassBlock, Long> {

	List<ClassBlock> findByRequestedByOrderByStartsAtDescIdDesc(long requestedBy);

	List<ClassBlock> findByBaseIdOrderByStartsAtAscIdAsc(long baseId);

	/** Loads a block for a decision; a second decision on the same block waits for the first. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from ClassBlock b where b.id = :id")
	Optional<ClassBlock> lockById(long id);

}
