package cn.yrd.academy.labs.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MaintenanceWindowRepository extends JpaRepository<MaintenanceWindow, Long> {

	@Query("""
			select w from MaintenanceWindow w
			where w.machineId in :machineIds and w.startsAt < :to and w.endsAt > :from
			order by w.machineId, w.startsAt""")
	List<MaintenanceWindow> overlapping(Collection<Long> machineIds, Instant from, Instant to);

	@Query("select w from MaintenanceWindow w where w.machineId = :machineId and w.endsAt > :now order by w.startsAt")
	List<MaintenanceWindow> upcoming(long machineId, Instant now);

}
