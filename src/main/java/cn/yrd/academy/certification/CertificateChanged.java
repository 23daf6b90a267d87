package cn.yrd.academy.certification;

/**
 * A student's certificate was issued, queued for approval, rejected, revoked, renewed or expired.
 */
public record CertificateChanged(long userId, String number, String definitionCode, CertificateStatus status) {
}
