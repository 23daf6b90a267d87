package cn.yrd.academy.support;

import java.util.List;
import java.util.Locale;

import cn.yrd.academy.notification.internal.NotificationCenter;

/**
 * A user's notification center as tests read it: the kinds, newest first, and the subjects in Chinese.
 */
public final class TestInbox {

	private final NotificationCenter center;

	public TestInbox(NotificationCenter center) {
		this.center = center;
	}

	public List<String> kinds(long userId) {
		return center.recent(userId, 50, Locale.SIMPLIFIED_CHINESE).stream().map(NotificationCenter.Shown::kind)
			.toList();
	}

	public List<NotificationCenter.Shown> shown(long userId, Locale locale) {
		return center.recent(userId, 50, locale);
	}

}
