package cn.yrd.academy.certification;

/**
 * Signs and revokes credentials for an issuing organization, identified by its code. Issuance rules (who gets
 * which certificate) live with the caller; this only does the cryptography and the status list.
 */
public interface CredentialIssuing {

	/** The organization's Open Badges issuer profile; {@link IssuerNotFoundException} when there is none. */
	IssuerProfile issuer(String organizationCode);

	/** Builds, status-indexes and signs the credential with the organization's active key (made on first use). */
	IssuedCredential issue(String organizationCode, CredentialInput input);

	/** Sets the credential's revocation bit; the published status list says so at once. */
	void revoke(String organizationCode, int statusListIndex);

	/** Makes a new active key and retires the old one, which stays published; returns the new {@code kid}. */
	String rotateKey(String organizationCode);

}
