package cn.yrd.academy.identity;

import java.util.Locale;

/**
 * How to reach a user: for notifications only, never shown to other users.
 *
 * @param locale the language the user chose for their account
 * @param enabled false for a disabled or not yet approved account, which is sent no email
 */
public record UserContact(long id, String displayName, String email, Locale locale, boolean enabled) {
}
