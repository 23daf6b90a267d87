package cn.yrd.academy.labs;

import java.util.Optional;

/**
 * Connection parameters of lab machines, with their decrypted secrets, for the remote-session module.
 * <strong>Server-side only, never to a browser</strong>: the result goes to guacd and nowhere else.
 */
public interface LabMachineConnections {

	/** The machine's address, protocol and decrypted secrets ({@link MachineSecrets#NONE} if none stored). */
	Optional<ConnectionDetails> connection(long machineId);

}
