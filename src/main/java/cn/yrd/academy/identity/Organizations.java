package cn.yrd.academy.identity;

import java.util.List;
import java.util.Optional;

/**
 * Looks up the cluster's active member organizations.
 */
public interface Organizations {

	Optional<OrganizationSummary> find(long id);

	Optional<OrganizationSummary> findByCode(String code);

	List<OrganizationSummary> active();

}
