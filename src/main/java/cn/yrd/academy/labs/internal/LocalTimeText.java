package cn.yrd.academy.labs.internal;

import java.time.LocalTime;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Binds wall-clock times as text ("08:00:00"), which MySQL and MariaDB read into a TIME column as is: the
 * JDBC time types would shift them by the JVM's zone against {@code hibernate.jdbc.time_zone=UTC}.
 */
@Converter
class LocalTimeText implements AttributeConverter<LocalTime, String> {

	@Override
	public String convertToDatabaseColumn(LocalTime time) {
		return time == null ? null : time.toString();
	}

	@Override
	public LocalTime convertToEntityAttribute(String text) {
		return text == null ? null : LocalTime.parse(text);
	}

}
