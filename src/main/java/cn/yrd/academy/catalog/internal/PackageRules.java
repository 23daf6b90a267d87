package cn.yrd.academy.catalog.internal;

/**
 * What a package is checked against outside itself: the installation's skills, lab images and
 * organizations.
 */
public interface PackageRules {

	boolean skillExists(String code);

	boolean labImageExists(String code);

	boolean organizationExists(String code);

}
