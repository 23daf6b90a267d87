package cn.yrd.academy.remote.internal;

import java.util.Set;

/**
 * What an observer's browser may send on to guacd. guacd already ignores input from a {@code read-only} user;
 * this is the second lock, so that a bug or a change there still cannot let an observer type into a student's
 * machine. An allow-list: anything new in the protocol stays out until it is known to be harmless.
 */
final class ObserverInput {

	/**
	 * {@code sync} answers guacd's frames (guacd slows a user who stops answering), {@code nop} keeps the
	 * connection alive, {@code ack} acknowledges streams guacd sends, {@code disconnect} leaves. Not
	 * {@code key}, {@code mouse}, {@code touch}, {@code clipboard}, {@code size}, streams, files or pipes.
	 */
	private static final Set<String> FORWARDED = Set.of("sync", "nop", "ack", "disconnect");

	private ObserverInput() {
	}

	static boolean forwards(String opcode) {
		return FORWARDED.contains(opcode);
	}

}
