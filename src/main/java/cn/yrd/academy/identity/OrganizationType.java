package cn.yrd.academy.identity;

/**
 * The kinds of member organizations in the cluster.
 */
public enum OrganizationType {

	UNIVERSITY, VOCATIONAL_COLLEGE, COMPANY, TRAINING_BASE_OPERATOR, ASSOCIATION

}
