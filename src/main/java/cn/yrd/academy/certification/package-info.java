/**
 * Certification: Open Badges 3.0 credentials signed as VC-JWT, issuer keys, revocation status lists, verification.
 */
package cn.yrd.academy.certification;
