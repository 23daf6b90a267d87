package cn.yrd.academy.certification;

/**
 * Where a certificate is in its life: awaiting the issuer's approval, issued, or ended.
 */
public enum CertificateStatus {

	PENDING, ISSUED, REJECTED, REVOKED, EXPIRED;

	/** Whether the certificate currently attests the achievement. */
	public boolean isValid() {
		return this == ISSUED;
	}

}
