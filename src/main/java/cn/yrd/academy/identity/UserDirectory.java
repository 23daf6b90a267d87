package cn.yrd.academy.identity;

import java.util.Collection;
import java.util.Map;

/**
 * Looks up who users are, for pages that list other people's records (a base's bookings, a grading queue).
 */
public interface UserDirectory {

	/** The users among the ids that exist, by id. */
	Map<Long, UserSummary> summaries(Collection<Long> ids);

}
