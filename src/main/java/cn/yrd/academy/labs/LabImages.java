package cn.yrd.academy.labs;

import java.util.List;
import java.util.Optional;

/**
 * The lab images of this installation, loaded from {@code lab-images/} at startup.
 */
public interface LabImages {

	List<LabImage> all();

	Optional<LabImage> find(String code);

	default boolean exists(String code) {
		return find(code).isPresent();
	}

}
