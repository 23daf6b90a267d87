package cn.yrd.academy.certification;

import java.util.Map;

/**
 * A signed credential: the compact VC-JWT, the credential JSON inside it, and where its revocation bit is.
 */
public record IssuedCredential(String jwt, Map<String, Object> credential, int statusListIndex, String kid) {
}
