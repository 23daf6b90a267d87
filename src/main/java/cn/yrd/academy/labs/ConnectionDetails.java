package cn.yrd.academy.labs;

/**
 * How the server reaches a lab machine, secrets decrypted. <strong>Server-side only</strong>: hand these to
 * guacd, never to a browser, a log or a page. {@link #toString()} leaves the secrets out.
 */
public record ConnectionDetails(long machineId, String host, int port, String protocol, MachineSecrets secrets) {

	@Override
	public String toString() {
		return "ConnectionDetails[machine=" + machineId + ", " + protocol + "://" + host + ":" + port + ", "
				+ secrets + "]";
	}

}
