package cn.yrd.academy.identity;

import java.util.List;
import java.util.Optional;

/**
 * Looks up the cluster's training bases.
 */
public interface TrainingBases {

	List<TrainingBaseSummary> all();

	Optional<TrainingBaseSummary> find(long id);

	Optional<TrainingBaseSummary> findByCode(String code);

}
