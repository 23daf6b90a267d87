package cn.yrd.academy.labs;

import java.util.List;
import java.util.Optional;

/**
 * The lab machines of the cluster.
 */
public interface LabMachines {

	Optional<LabMachine> find(long id);

	/**
	 * Active machines offering the image, at every base, ordered by base and name: the machines new bookings and
	 * moved bookings may go to. Machines the health check found offline are left out until they answer again;
	 * machines it never reached (still being set up) or has not checked yet are included.
	 */
	List<LabMachine> activeWithImage(String imageCode);

	/** Every machine of the base, retired ones included, ordered by name. */
	List<LabMachine> atBase(long baseId);

}
