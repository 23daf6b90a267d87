package cn.yrd.academy.booking.internal;

/**
 * A booking rule said no. Carries the reason and the arguments of its message; nothing was written.
 */
public class BookingRefused extends RuntimeException {

	private final Refusal refusal;

	private final transient Object[] arguments;

	public BookingRefused(Refusal refusal, Object... arguments) {
		super(refusal.name(), null, false, false);
		this.refusal = refusal;
		this.arguments = arguments;
	}

	public Refusal refusal() {
		return refusal;
	}

	public Object[] arguments() {
		return arguments;
	}

}
