package cn.yrd.academy.labs.web;

import cn.yrd.academy.labs.LabImage;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.internal.MachineDetails;
import cn.yrd.academy.shared.validation.SafeText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A machine as the lab admin edits it. The secret fields are write-only: the form starts with them empty,
 * empty ones keep what is stored, and {@link #toString()} never shows them.
 *
 * @param port empty for the image's port
 * @param protocol empty for the image's protocol
 */
record MachineForm(
		@NotBlank @Size(max = 60) @SafeText String name,
		@NotBlank String imageCode,
		@NotBlank @Size(max = 253) String host,
		@Min(value = 1, message = "{labs.machine.port}") @Max(value = 65_535, message = "{labs.machine.port}") Integer port,
		@Pattern(regexp = "|vnc|rdp|ssh", message = "{labs.machine.protocol}") String protocol,
		@NotNull MachineState state,
		@Size(max = 100) String username,
		@Size(max = 200) String password,
		@Size(max = 8000) String privateKey,
		@Size(max = 200) String vncPassword,
		@Size(max = 100) String rdpDomain,
		@Pattern(regexp = "|any|nla|tls|rdp", message = "{labs.machine.rdpSecurity}") String rdpSecurity,
		Boolean clearSecrets) {

	static MachineForm empty() {
		return new MachineForm(null, null, "127.0.0.1", null, null, MachineState.ACTIVE, null, null, null, null, null,
				null, false);
	}

	static MachineForm of(LabMachine machine) {
		return new MachineForm(machine.name(), machine.imageCode(), machine.host(), machine.port(), machine.protocol(),
				machine.state(), null, null, null, null, null, null, false);
	}

	/** The machine's description, port and protocol taken from the image where left empty. */
	MachineDetails details(LabImage image) {
		return new MachineDetails(name.strip(), imageCode, host.strip(), port != null ? port : image.port(),
				protocol == null || protocol.isBlank() ? image.protocol() : protocol, state);
	}

	/** An unticked checkbox sends nothing. */
	boolean clearing() {
		return Boolean.TRUE.equals(clearSecrets);
	}

	MachineSecrets secrets() {
		return new MachineSecrets(username, password, privateKey, vncPassword, rdpDomain, rdpSecurity);
	}

	@Override
	public String toString() {
		return "MachineForm[name=" + name + ", image=" + imageCode + ", host=" + host + ", port=" + port
				+ ", protocol=" + protocol + ", state=" + state + ", secrets=" + secrets() + ", clearSecrets="
				+ clearing() + "]";
	}

}
