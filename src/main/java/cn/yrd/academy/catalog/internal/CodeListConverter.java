package cn.yrd.academy.catalog.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a short list of codes (which never contain commas) as one comma-separated column.
 */
@Converter
class CodeListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> codes) {
		return codes == null ? "" : String.join(",", codes);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
	}

}
