package cn.yrd.academy.labs;

/**
 * Whether a lab machine can be booked: only active machines can.
 */
public enum MachineState {

	ACTIVE, MAINTENANCE, RETIRED

}
