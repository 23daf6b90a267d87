package cn.yrd.academy.shared.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.internal.Organization;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EmbeddedDatabaseIntegrationTests {

	private static final String EMOJI_NAME = "上海交通大学测试😀";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private OrganizationRepository organizations;

	@Test
	void flywayMigratesTheEmptySchemaFromVersionOne() {
		List<Map<String, Object>> history = jdbc.queryForList(
				"select installed_rank, version, type, success from flyway_schema_history order by installed_rank");
		assertThat(history).isNotEmpty();
		assertThat(history.get(0)).containsEntry("version", "1").containsEntry("type", "SQL");
		assertThat(history).allSatisfy(migration -> assertThat(migration.get("success")).isEqualTo(true));
		assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = database()",
				String.class))
			.contains("organizations", "training_bases", "users", "user_roles", "api_tokens", "audit_events");
	}

	@Test
	void schemaAndTablesStoreUtf8mb4() {
		assertThat(jdbc.queryForObject("select default_character_set_name from information_schema.schemata "
				+ "where schema_name = database()", String.class)).isEqualTo("utf8mb4");
		assertThat(jdbc.queryForList("select distinct character_set_name from information_schema.columns "
				+ "where table_schema = database() and character_set_name is not null", String.class))
			.containsOnly("utf8mb4");
	}

	@Test
	void connectsWithConnectorJToTheEmbeddedServerOnLoopback() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			assertThat(metaData.getURL()).startsWith("jdbc:mysql://127.0.0.1:");
			assertThat(metaData.getDriverName()).contains("MySQL Connector/J");
			assertThat(metaData.getDatabaseProductVersion()).contains("MariaDB");
		}
	}

	@Test
	void chineseTextAndFourByteEmojiRoundTripThroughJpa() {
		String code = "EMOJI-JPA-" + suffix();
		Long id = transactions.execute(status -> organizations.save(new Organization(code, OrganizationType.UNIVERSITY,
				Province.SH, "上海", EMOJI_NAME, "SJTU test with emoji 😀", Organization.Status.ACTIVE, Instant.now()))
			.getId());

		Organization stored = transactions.execute(status -> organizations.findById(id).orElseThrow());
		assertThat(stored.getNameZh()).isEqualTo(EMOJI_NAME);
		assertThat(stored.getNameEn()).isEqualTo("SJTU test with emoji 😀");
		// Eight Chinese characters of three bytes and one emoji of four: nothing was replaced by '?'.
		assertThat(jdbc.queryForObject("select char_length(name_zh) from organizations where id = ?", Integer.class, id))
			.isEqualTo(9);
		assertThat(jdbc.queryForObject("select length(name_zh) from organizations where id = ?", Integer.class, id))
			.isEqualTo(28);
	}

	@Test
	void chineseTextAndFourByteEmojiRoundTripThroughJdbc() {
		String code = "EMOJI-JDBC-" + suffix();
		String name = "宁波职业技术学院测试🚀";
		jdbc.update("insert into organizations (code, type, province, city, name_zh, name_en, status, created_at) "
				+ "values (?, 'VOCATIONAL_COLLEGE', 'ZJ', '宁波', ?, 'Ningbo test 🚀', 'ACTIVE', now(6))", code, name);

		assertThat(jdbc.queryForObject("select name_zh from organizations where code = ?", String.class, code))
			.isEqualTo(name);
		assertThat(jdbc.queryForObject("select city from organizations where code = ?", String.class, code))
			.isEqualTo("宁波");
		assertThat(jdbc.queryForObject("select name_en from organizations where code = ?", String.class, code))
			.isEqualTo("Ningbo test 🚀");
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
