package cn.yrd.academy.scheduling.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Creates Quartz's {@code QRTZ_} tables with the InnoDB script that ships inside the Quartz jar, so the schema
 * always matches the Quartz version in use. A Java migration because the script lives on the classpath; its
 * {@code DROP TABLE} lines are left out, as a migration never drops what it did not create.
 */
@Component
class V5__Quartz extends BaseJavaMigration {

	static final String SCRIPT = "org/quartz/impl/jdbcjobstore/tables_mysql_innodb.sql";

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			for (String sql : statements()) {
				statement.execute(sql);
			}
		}
	}

	static List<String> statements() throws IOException {
		String script;
		try (InputStream in = V5__Quartz.class.getClassLoader().getResourceAsStream(SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException("Quartz's table script " + SCRIPT + " is not on the classpath");
			}
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String withoutComments = String.join("\n", script.lines().filter(line -> !line.strip().startsWith("#"))
			.filter(line -> !line.strip().startsWith("--")).toList());
		return Arrays.stream(withoutComments.split(";"))
			.map(String::strip)
			.filter(sql -> !sql.isEmpty())
			.filter(sql -> {
				String upper = sql.toUpperCase(Locale.ROOT);
				return !upper.startsWith("DROP ") && !upper.equals("COMMIT");
			})
			.toList();
	}

}
