package cn.yrd.academy.shared.database;

import java.nio.file.Path;

/**
 * Where the embedded server keeps its binaries and data, and which schema the application uses.
 *
 * @param dataDir the server's data directory; kept between runs
 * @param serverDir where the server binaries are unpacked
 * @param schema the application's schema
 * @param resetSchema drop the schema at start (tests start from an empty schema)
 */
public record EmbeddedDatabaseSettings(Path dataDir, Path serverDir, String schema, boolean resetSchema) {
}
