package cn.yrd.academy.labs.internal;

import cn.yrd.academy.labs.MachineState;

/**
 * What a lab admin says about a machine, secrets aside; port and protocol already defaulted from the image.
 */
public record MachineDetails(String name, String imageCode, String host, int port, String protocol,
		MachineState state) {
}
