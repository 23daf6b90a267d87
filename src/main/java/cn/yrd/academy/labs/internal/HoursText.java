package cn.yrd.academy.labs.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A day's opening hours as a lab admin types them: {@code 08:00-12:00, 13:00-21:00}; empty for closed.
 */
public final class HoursText {

	private static final Pattern RANGE = Pattern.compile("^(\\d{2}:\\d{2})\\s*[-–~]\\s*(\\d{2}:\\d{2})$");

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private HoursText() {
	}

	/**
	 * The ranges in order.
	 * @throws FieldRejected with {@code field} and a key under {@code labs.hours.} when the text is not valid
	 */
	public static List<DailyRange> parse(String text, String field) {
		List<DailyRange> ranges = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return ranges;
		}
		for (String part : text.split("[,，;；]")) {
			if (part.isBlank()) {
				continue;
			}
			Matcher matcher = RANGE.matcher(part.strip());
			if (!matcher.matches()) {
				throw new FieldRejected(field, "labs.hours.format", part.strip());
			}
			LocalTime opens = time(matcher.group(1), field, part);
			LocalTime closes = time(matcher.group(2), field, part);
			if (!closes.isAfter(opens)) {
				throw new FieldRejected(field, "labs.hours.order", part.strip());
			}
			ranges.add(new DailyRange(opens, closes));
		}
		Collections.sort(ranges);
		for (int i = 1; i < ranges.size(); i++) {
			if (ranges.get(i - 1).overlaps(ranges.get(i))) {
				throw new FieldRejected(field, "labs.hours.overlap", format(List.of(ranges.get(i - 1), ranges.get(i))));
			}
		}
		return ranges;
	}

	public static String format(List<DailyRange> ranges) {
		return ranges.stream()
			.map(range -> HH_MM.format(range.opens()) + "-" + HH_MM.format(range.closes()))
			.collect(Collectors.joining(", "));
	}

	private static LocalTime time(String text, String field, String part) {
		try {
			return LocalTime.parse(text, HH_MM);
		}
		catch (DateTimeParseException ex) {
			throw new FieldRejected(field, "labs.hours.format", part.strip());
		}
	}

}
