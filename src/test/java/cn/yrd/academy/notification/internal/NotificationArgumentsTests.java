package cn.yrd.academy.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import cn.yrd.academy.notification.Notification;
import org.junit.jupiter.api.Test;

class NotificationArgumentsTests {

	@Test
	void keepsTheTypeOfEveryArgument() {
		Instant start = Instant.parse("2026-11-23T02:00:00Z");
		List<Object> arguments = List.of("交通灯顺序控制", start, 17L, new Notification.Message("booking.reason.maintenance"));

		List<Object> read = NotificationArguments.read(NotificationArguments.write(arguments));

		assertThat(read).containsExactly("交通灯顺序控制", start, 17L, new Notification.Message("booking.reason.maintenance"));
	}

	@Test
	void readsIntegersBackAsLongs() {
		assertThat(NotificationArguments.read(NotificationArguments.write(List.of(3)))).containsExactly(3L);
	}

	@Test
	void textThatLooksLikeATimeOrNumberStaysText() {
		List<Object> arguments = List.of("2026-11-23T02:00:00Z", "42", "");

		assertThat(NotificationArguments.read(NotificationArguments.write(arguments)))
			.containsExactly("2026-11-23T02:00:00Z", "42", "");
	}

	@Test
	void keepsLinesWithTheirKeysAndArguments() {
		Instant at = Instant.parse("2026-12-01T00:30:00Z");
		List<Notification.Line> lines = List.of(Notification.Line.of("notification.line.a", "PLC-101", at),
				Notification.Line.of("notification.line.b"));

		List<Notification.Line> read = NotificationArguments.readLines(NotificationArguments.writeLines(lines));

		assertThat(read).containsExactlyElementsOf(lines);
	}

	@Test
	void noArgumentsAndNoLinesAreEmptyLists() {
		assertThat(NotificationArguments.read(NotificationArguments.write(List.of()))).isEmpty();
		assertThat(NotificationArguments.readLines(NotificationArguments.writeLines(List.of()))).isEmpty();
	}

}
