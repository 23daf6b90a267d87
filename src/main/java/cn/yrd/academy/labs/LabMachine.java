package cn.yrd.academy.labs;

/**
 * A lab machine at a training base as other modules see it. Its connection secrets are not part of it.
 *
 * @param protocol vnc, rdp or ssh: the image's unless the lab admin overrode it
 */
public record LabMachine(long id, long baseId, String name, String imageCode, String host, int port, String protocol,
		MachineState state) {

	public boolean isActive() {
		return state == MachineState.ACTIVE;
	}

}
