package cn.yrd.academy.identity;

/**
 * A user as other modules may show them to staff: name and organization, nothing to contact them by.
 */
public record UserSummary(long id, String username, String displayName, long organizationId) {
}
