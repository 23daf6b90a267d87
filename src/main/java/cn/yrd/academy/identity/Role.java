package cn.yrd.academy.identity;

/**
 * What a user may do on the platform; a user may hold several roles.
 */
public enum Role {

	STUDENT, INSTRUCTOR, LAB_ADMIN, PARTNER, CLUSTER_ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
