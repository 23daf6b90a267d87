package cn.yrd.academy.certification;

/**
 * The level of a certification (初级, 中级, 高级); {@code code} is the part of a certificate number that names it.
 */
public enum CertificateLevel {

	BEGINNER("BEG"), INTERMEDIATE("INT"), ADVANCED("ADV");

	private final String code;

	CertificateLevel(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
