package cn.yrd.academy.remote.internal;

import cn.yrd.academy.shared.web.ApiException;

/**
 * A connect token or a tunnel refused by a rule; an API problem with the refusal's code.
 */
public class RemoteRefused extends ApiException {

	private final RemoteRefusal refusal;

	public RemoteRefused(RemoteRefusal refusal) {
		super(refusal.status(), refusal.code(), refusal.messageKey());
		this.refusal = refusal;
	}

	public RemoteRefusal refusal() {
		return refusal;
	}

}
