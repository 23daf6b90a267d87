package cn.yrd.academy.labs.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MaintenanceWindowRepository extends JpaRepository<MaintenanceWindow, Long> {

	/** Asked on every booking: plain SQL, which Hibernate need not translate again for each list of machines. */
	@Query(nativeQuery = true, value = """
			select * from machine_maintenance
			where machine_id in (:machineIds) and starts_at < :to and ends_at > :from
			order by machine_id, starts_at""")
	List<MaintenanceWindow> overlapping(Collection<Long> machineIds, Instant from, Instant to);

	@Query("select w from MaintenanceWindow w where w.machineId = :machineId and w.endsAt > :now order by w.startsAt")
	List<MaintenanceWindow> upcoming(long machineId, Instant now);

}
