package cn.yrd.academy.labs;

/**
 * What it takes to log in to a lab machine. Held encrypted at rest; {@link #toString()} names only which
 * parts are present, so a log line or an exception message can never carry a secret.
 *
 * @param username login for ssh and rdp
 * @param password password for ssh and rdp
 * @param privateKey PEM private key for ssh
 * @param vncPassword password for vnc
 * @param rdpDomain Windows domain for rdp
 * @param rdpSecurity rdp security mode (e.g. nla, tls, rdp, any)
 */
public record MachineSecrets(String username, String password, String privateKey, String vncPassword,
		String rdpDomain, String rdpSecurity) {

	public static final MachineSecrets NONE = new MachineSecrets(null, null, null, null, null, null);

	public MachineSecrets {
		username = blankToNull(username);
		password = blankToNull(password);
		privateKey = blankToNull(privateKey);
		vncPassword = blankToNull(vncPassword);
		rdpDomain = blankToNull(rdpDomain);
		rdpSecurity = blankToNull(rdpSecurity);
	}

	public boolean isEmpty() {
		return equals(NONE);
	}

	/** These secrets with every part {@code other} has replacing this one's. */
	public MachineSecrets overriddenBy(MachineSecrets other) {
		return new MachineSecrets(pick(other.username, username), pick(other.password, password),
				pick(other.privateKey, privateKey), pick(other.vncPassword, vncPassword),
				pick(other.rdpDomain, rdpDomain), pick(other.rdpSecurity, rdpSecurity));
	}

	@Override
	public String toString() {
		return "MachineSecrets[username=" + shown(username) + ", password=" + shown(password) + ", privateKey="
				+ shown(privateKey) + ", vncPassword=" + shown(vncPassword) + ", rdpDomain=" + shown(rdpDomain)
				+ ", rdpSecurity=" + shown(rdpSecurity) + "]";
	}

	private static String shown(String value) {
		return value == null ? "none" : "***";
	}

	private static String pick(String preferred, String fallback) {
		return preferred != null ? preferred : fallback;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
