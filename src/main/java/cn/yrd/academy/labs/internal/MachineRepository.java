package cn.yrd.academy.labs.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.labs.MachineState;
import org.springframework.data.jpa.repository.JpaRepository;

interface MachineRepository extends JpaRepository<Machine, Long> {

	List<Machine> findByBaseIdOrderByName(long baseId);

	List<Machine> findByImageCodeAndStateOrderByBaseIdAscNameAsc(String imageCode, MachineState state);

	List<Machine> findByStateOrderById(MachineState state);

	Optional<Machine> findByBaseIdAndName(long baseId, String name);

	List<Machine> findByIdIn(Collection<Long> ids);

}
