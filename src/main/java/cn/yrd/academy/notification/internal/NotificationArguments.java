package cn.yrd.academy.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.shared.text.Bilingual;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a notification's arguments and lines as JSON with the type of each value, so they can be rendered in
 * any language later: {@code [{"text":"PLC-101"},{"time":"2026-11-23T02:00:00Z"},{"message":"key"},{"zh":"…","en":"…"}]}.
 */
final class NotificationArguments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Map<String, Object>>> VALUES = new TypeReference<>() {
	};

	private NotificationArguments() {
	}

	static String write(List<Object> arguments) {
		return JSON.writeValueAsString(encode(arguments));
	}

	static String writeLines(List<Notification.Line> lines) {
		return JSON.writeValueAsString(lines.stream()
			.map(line -> Map.of("key", line.key(), "arguments", encode(line.arguments())))
			.toList());
	}

	static List<Object> read(String json) {
		return decode(JSON.readValue(json, VALUES));
	}

	@SuppressWarnings("unchecked")
	static List<Notification.Line> readLines(String json) {
		return JSON.readValue(json, VALUES).stream()
			.map(line -> new Notification.Line((String) line.get("key"),
					decode((List<Map<String, Object>>) line.get("arguments"))))
			.toList();
	}

	private static List<Map<String, Object>> encode(List<Object> arguments) {
		return arguments.stream().map(NotificationArguments::encode).toList();
	}

	private static Map<String, Object> encode(Object argument) {
		if (argument instanceof Instant instant) {
			return Map.of("time", instant.toString());
		}
		if (argument instanceof Notification.Message message) {
			return Map.of("message", message.key());
		}
		if (argument instanceof Bilingual name) {
			return Map.of("zh", name.zh(), "en", name.en());
		}
		if (argument instanceof Number number) {
			return Map.of("number", number.longValue());
		}
		return Map.of("text", argument.toString());
	}

	private static List<Object> decode(List<Map<String, Object>> values) {
		List<Object> arguments = new ArrayList<>();
		for (Map<String, Object> value : values) {
			if (value.containsKey("time")) {
				arguments.add(Instant.parse((String) value.get("time")));
			}
			else if (value.containsKey("message")) {
				arguments.add(new Notification.Message((String) value.get("message")));
			}
			else if (value.containsKey("zh")) {
				arguments.add(new Bilingual((String) value.get("zh"), (String) value.get("en")));
			}
			else if (value.containsKey("number")) {
				arguments.add(((Number) value.get("number")).longValue());
			}
			else {
				arguments.add(String.valueOf(value.get("text")));
			}
		}
		return arguments;
	}

}
