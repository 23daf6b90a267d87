/**
 * Certificates as documents: the bilingual PDF a holder downloads, with a QR code to verify it.
 */
package cn.yrd.academy.certification.document;
