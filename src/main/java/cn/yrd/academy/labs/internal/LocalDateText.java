package cn.yrd.academy.labs.internal;

import java.time.LocalDate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Binds calendar days as text ("2026-10-01") into a DATE column, so no zone conversion can move them to
 * the day before (see {@link LocalTimeText}).
 */
@Converter
class LocalDateText implements AttributeConverter<LocalDate, String> {

	@Override
	public String convertToDatabaseColumn(LocalDate day) {
		return day == null ? null : day.toString();
	}

	@Override
	public LocalDate convertToEntityAttribute(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

}
