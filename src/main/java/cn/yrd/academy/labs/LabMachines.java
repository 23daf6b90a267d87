package cn.yrd.academy.labs;

import java.util.List;
import java.util.Optional;

/**
 * The lab machines of the cluster.
 */
public interface LabMachines {

	Optional<LabMachine> find(long id);

	/** Active machines offering the image, at every base, ordered by base and name. */
	List<LabMachine> activeWithImage(String imageCode);

	/** Every machine of the base, retired ones included, ordered by name. */
	List<LabMachine> atBase(long baseId);

}
