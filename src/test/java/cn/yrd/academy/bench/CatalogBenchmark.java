package cn.yrd.academy.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import cn.yrd.academy.catalog.internal.CatalogSearch;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bin/academy bench catalog}: generates 10,000 bilingual courses with 100,000 lessons, then runs
 * 500 mixed Chinese/English queries with 8 concurrent clients three ways in the same run — over HTTP
 * against the running app, straight against the search engine, and as a SQL LIKE scan — and prints
 * p50/p95 of each and the ratios HTTP/engine and LIKE/engine.
 */
public final class CatalogBenchmark {

	private static final int COURSES = 10_000;

	private static final int LESSONS_PER_COURSE = 10;

	private static final int QUERIES = 500;

	private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	private static final String[] TOPICS_ZH = { "可编程控制器", "工业机器人", "焊接", "数控机床", "边缘计算", "数字孪生", "工控安全",
			"传感器", "伺服电机", "变频器", "视觉检测", "预测性维护", "工业网络", "现场总线", "人机界面", "运动控制", "质量追溯", "能耗管理",
			"仓储物流", "装配线", "激光切割", "注塑成型", "液压系统", "气动控制", "电气安装" };

	private static final String[] TOPICS_EN = { "PLC", "robot", "welding", "CNC", "edge", "twin", "security", "sensor",
			"servo", "inverter", "vision", "maintenance", "network", "fieldbus", "HMI", "motion", "traceability",
			"energy", "logistics", "assembly", "laser", "molding", "hydraulics", "pneumatics", "wiring" };

	private static final String[] WORDS_ZH = { "原理", "编程", "调试", "故障诊断", "安装", "维护", "应用", "实践", "设计", "优化",
			"参数", "案例", "标准", "规范", "流程" };

	private CatalogBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		IsolatedBenchApp.runAndExit(CatalogBenchmark::run);
	}

	private static void run(ConfigurableApplicationContext app) throws Exception {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		long started = System.nanoTime();
		generate(jdbc);
		Search.mapping(app.getBean(EntityManagerFactory.class)).scope(Object.class).massIndexer()
			.threadsToLoadObjects(2).startAndWait();
		System.out.printf("Generated and indexed %,d courses with %,d lessons in %.1f s%n", COURSES,
				COURSES * LESSONS_PER_COURSE, (System.nanoTime() - started) / 1e9);

		List<String> queries = queries();
		long studentOrganization = jdbc.queryForObject("select organization_id from users where username = 'student1'",
				Long.class);
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		String token = token(port);
		CatalogSearch search = app.getBean(CatalogSearch.class);
		HttpClient http = HttpClient.newHttpClient();

		// warm-up, so that none of the three pays for class loading or cold caches alone
		measure(queries.subList(0, 50), query -> search.find(CatalogSearch.Query.text(query), studentOrganization));
		measure(queries.subList(0, 50), query -> get(http, port, token, query));
		measure(queries.subList(0, 20), query -> like(jdbc, query, studentOrganization));

		long[] engine = measure(queries, query -> search.find(CatalogSearch.Query.text(query), studentOrganization));
		long[] overHttp = measure(queries, query -> get(http, port, token, query));
		long[] likeScan = measure(queries, query -> like(jdbc, query, studentOrganization));

		report("HTTP /api/v1/courses", overHttp);
		report("search engine", engine);
		report("SQL LIKE scan", likeScan);
		System.out.printf("ratio HTTP p95 / engine p95 = %.2f (goal <= 3)%n", p(overHttp, 95) / p(engine, 95));
		System.out.printf("ratio LIKE p95 / engine p95 = %.2f (goal >= 10)%n", p(likeScan, 95) / p(engine, 95));
	}

	private static void generate(JdbcTemplate jdbc) {
		Random random = new Random(42);
		List<Long> owners = jdbc.queryForList("select id from organizations where status = 'ACTIVE'", Long.class);
		Timestamp now = Timestamp.from(Instant.now());
		long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from courses", Long.class) + 1;
		List<Object[]> courses = new ArrayList<>();
		List<Object[]> entries = new ArrayList<>();
		for (int i = 0; i < COURSES; i++) {
			long id = firstId + i;
			int topic = random.nextInt(TOPICS_ZH.length);
			long owner = owners.get(random.nextInt(owners.size()));
			String titleZh = TOPICS_ZH[topic] + WORDS_ZH[random.nextInt(WORDS_ZH.length)] + "（" + i + "）";
			String titleEn = TOPICS_EN[topic] + " course " + i;
			StringBuilder lessons = new StringBuilder();
			for (int l = 0; l < LESSONS_PER_COURSE; l++) {
				int other = random.nextInt(TOPICS_ZH.length);
				lessons.append("第").append(l + 1).append("课 ").append(TOPICS_ZH[other])
					.append(WORDS_ZH[random.nextInt(WORDS_ZH.length)]).append("：讲解").append(TOPICS_ZH[topic])
					.append("与").append(TOPICS_ZH[other]).append("的").append(WORDS_ZH[random.nextInt(WORDS_ZH.length)])
					.append("。 ").append(TOPICS_EN[other]).append(" lesson about ").append(TOPICS_EN[topic])
					.append(".\n");
			}
			courses.add(new Object[] { id, "BENCH-" + i, owner, now });
			entries.add(new Object[] { id, "BENCH-" + i, titleZh, titleEn, titleZh + "课程简介", "About " + titleEn,
					lessons.toString(), "plc-programming", "PLC 编程 PLC programming", "BEGINNER", "zh-CN",
					random.nextInt(10) == 0 ? "ORGANIZATION" : "CLUSTER", owner, "SH", true, 1, "lab:plc-s7-1200",
					LESSONS_PER_COURSE, 16, now });
		}
		jdbc.batchUpdate("insert into courses (id, code, owner_organization_id, created_at) values (?, ?, ?, ?)",
				courses);
		jdbc.batchUpdate("""
				insert into catalog_entries (course_id, code, title_zh, title_en, summary_zh, summary_en, lesson_text,
				  skill_codes, skill_names, level, language, visibility, owner_organization_id, owner_province, has_lab,
				  lab_count, labs, lesson_count, hours, published_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
	}

	private static List<String> queries() {
		Random random = new Random(7);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < QUERIES; i++) {
			queries.add(i % 2 == 0 ? TOPICS_ZH[random.nextInt(TOPICS_ZH.length)]
					: TOPICS_EN[random.nextInt(TOPICS_EN.length)]);
		}
		return queries;
	}

	private static long[] measure(List<String> queries, Consumer<String> query) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<Long>> times = new ArrayList<>();
		for (String text : queries) {
			times.add(clients.submit(() -> {
				long start = System.nanoTime();
				query.accept(text);
				return System.nanoTime() - start;
			}));
		}
		long[] nanos = new long[times.size()];
		for (int i = 0; i < nanos.length; i++) {
			nanos[i] = times.get(i).get();
		}
		clients.shutdown();
		Arrays.sort(nanos);
		return nanos;
	}

	private static void get(HttpClient http, int port, String token, String query) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/api/v1/courses?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The same answer the API gives — the total and the first page — as SQL LIKE over the same text. */
	private static void like(JdbcTemplate jdbc, String query, long organization) {
		String pattern = "%" + query + "%";
		String where = """
				from catalog_entries
				where (visibility = 'CLUSTER' or owner_organization_id = ?)
				  and (title_zh like ? or title_en like ? or summary_zh like ? or summary_en like ?
				       or lesson_text like ? or skill_names like ?)""";
		Object[] arguments = { organization, pattern, pattern, pattern, pattern, pattern, pattern };
		jdbc.queryForObject("select count(*) " + where, Long.class, arguments);
		jdbc.queryForList("select course_id " + where + " order by published_at desc limit 12", Long.class, arguments);
	}

	private static String token(int port) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"student1\",\"password\":\"academy-demo\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private static double p(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
	}

	private static void report(String name, long[] sorted) {
		System.out.printf("%-22s p50 %8.2f ms   p95 %8.2f ms   (%d queries, %d clients)%n", name, p(sorted, 50),
				p(sorted, 95), sorted.length, CLIENTS);
	}

}
