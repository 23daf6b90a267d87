package cn.yrd.academy.certification;

/**
 * An issuing organization as Open Badges publishes it.
 *
 * @param id {@code <public-url>/issuers/<organization-code>}
 */
public record IssuerProfile(String id, String name, String url) {

	/** Where the issuer's status list credential number {@code list} is published. */
	public String statusListUrl(int list) {
		return id + "/status/" + list;
	}

	public String jwksUrl() {
		return id + "/jwks.json";
	}

}
