package cn.yrd.academy.labs.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OpeningHoursRepository extends JpaRepository<OpeningHours, Long> {

	List<OpeningHours> findByBaseId(long baseId);

	boolean existsByBaseId(long baseId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from OpeningHours h where h.baseId = :baseId")
	void deleteByBase(long baseId);

}
