package cn.yrd.academy.certification;

/** No issuing organization has this code. */
public class IssuerNotFoundException extends RuntimeException {

	public IssuerNotFoundException(String organizationCode) {
		super("No issuer " + organizationCode);
	}

}
