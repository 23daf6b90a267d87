package cn.yrd.academy.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up who users are, for pages that list other people's records (a base's bookings, a grading queue).
 */
public interface UserDirectory {

	/** The users among the ids that exist, by id. */
	Map<Long, UserSummary> summaries(Collection<Long> ids);

	/** Where to send a user's notifications, and in which language. */
	Optional<UserContact> contact(long userId);

	/** The enabled lab admins of a training base, by id. */
	List<Long> labAdminsOf(long baseId);

	/** The enabled users of an organization who hold the role, by id. */
	List<Long> withRoleIn(long organizationId, Role role);

}
