package cn.yrd.academy.catalog;

/**
 * Who may see a course: every member of the cluster, or only the owner organization.
 */
public enum Visibility {

	CLUSTER, ORGANIZATION

}
