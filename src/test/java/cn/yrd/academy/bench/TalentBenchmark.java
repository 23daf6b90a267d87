package cn.yrd.academy.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import cn.yrd.academy.talent.internal.TalentCard;
import cn.yrd.academy.talent.internal.TalentSearch;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bin/academy bench talent}: generates 100,000 consented talent profiles with certificates, labs and skills
 * (rows inserted with JDBC, then mass-indexed; generation is not what is measured), then runs 500 faceted searches
 * (keywords, skill with minimum level, certificate level, province, mixed) with 8 concurrent clients over HTTP as
 * partner1 and the same 500 straight against the engine in the same run, and prints p50/p95 of both and their
 * ratio. Last, how long a withdrawn profile stays findable after {@code DELETE /api/v1/talent/consent} returns.
 */
public final class TalentBenchmark {

	private static final int PROFILES = Integer.getInteger("bench.profiles", 100_000);

	private static final int QUERIES = 500;

	private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	private static final int WITHDRAWALS = 10;

	private static final int BATCH = 5_000;

	private static final String[] PROVINCES = { "SH", "JS", "ZJ", "AH" };

	private static final String[] LEVELS = { "BEGINNER", "INTERMEDIATE", "ADVANCED" };

	private static final String[][] CITIES = { { "上海" }, { "南京", "苏州", "无锡", "南通", "常州" },
			{ "杭州", "宁波", "温州", "嘉兴" }, { "合肥", "芜湖", "马鞍山" } };

	/** code, level, name zh, name en, skills: the demo's certifications. */
	private static final String[][] CERTIFICATES = {
			{ "PLC-PROG-BEG", "BEGINNER", "PLC 编程初级证书", "PLC Programming Certificate (Beginner)",
					"plc-programming,ladder-logic,structured-text,hmi-configuration" },
			{ "ROBOT-WELD-INT", "INTERMEDIATE", "工业机器人焊接中级证书", "Robotic Welding Certificate (Intermediate)",
					"robot-programming,robot-welding,robot-safety" },
			{ "ICS-SEC-ADV", "ADVANCED", "工控安全高级证书", "ICS Security Certificate (Advanced)",
					"ics-security,network-segmentation,vulnerability-assessment,incident-response" },
			{ "IIOT-EDGE-INT", "INTERMEDIATE", "工业互联网与边缘计算中级证书", "Industrial IoT and Edge Certificate (Intermediate)",
					"iiot-platform,mqtt,edge-computing,containerization" } };

	/** skill code, name zh, name en. */
	private static final String[][] SKILLS = { { "plc-programming", "PLC 编程", "PLC programming" },
			{ "ladder-logic", "梯形图编程", "Ladder logic" }, { "hmi-configuration", "人机界面组态", "HMI configuration" },
			{ "motion-control", "运动控制", "Motion control" }, { "robot-programming", "工业机器人编程", "Industrial robot programming" },
			{ "robot-welding", "机器人焊接工艺", "Robotic welding" }, { "iiot-platform", "工业互联网平台应用", "Industrial internet platform applications" },
			{ "mqtt", "MQTT 消息通信", "MQTT messaging" }, { "ics-security", "工业控制系统安全", "Industrial control system security" },
			{ "edge-computing", "边缘计算", "Edge computing" }, { "digital-twin", "数字孪生建模", "Digital twin modelling" },
			{ "opc-ua", "OPC UA 通信", "OPC UA communication" } };

	private static final String[] KEYWORDS = { "PLC", "机器人", "焊接", "边缘计算", "工控安全", "MQTT", "梯形图", "robot", "welding",
			"security", "数字孪生", "调试", "HMI", "运动控制", "edge" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "婷", "浩" };

	private TalentBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		IsolatedBenchApp.runAndExit(TalentBenchmark::run);
	}

	private static void run(ConfigurableApplicationContext app) throws Exception {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		long started = System.nanoTime();
		generate(jdbc);
		System.out.printf("Generated %,d consented profiles in %.1f s%n", PROFILES, (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		Search.mapping(app.getBean(EntityManagerFactory.class)).scope(TalentCard.class).massIndexer()
			.threadsToLoadObjects(2).startAndWait();
		System.out.printf("Indexed them in %.1f s%n", (System.nanoTime() - started) / 1e9);

		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		String partner = token(port, "partner1");
		TalentSearch search = app.getBean(TalentSearch.class);
		HttpClient http = HttpClient.newHttpClient();
		List<TalentSearch.Query> queries = queries();
		long hits = queries.stream().limit(20).mapToLong(query -> search.search(query).total()).sum();
		System.out.printf("First 20 queries match %,d profiles in all (the searches are not empty)%n", hits);

		// warm-up, so that neither pays for class loading or cold caches alone
		measure(queries.subList(0, 50), search::search);
		measure(queries.subList(0, 50), query -> get(http, port, partner, uri(query)));

		long[] engine = measure(queries, search::search);
		long[] overHttp = measure(queries, query -> get(http, port, partner, uri(query)));

		report("HTTP /api/v1/talent/search", overHttp);
		report("search engine", engine);
		System.out.printf("ratio HTTP p95 / engine p95 = %.2f (goal <= 3)%n", p(overHttp, 95) / p(engine, 95));

		withdrawals(http, port, partner);
	}

	/**
	 * Demo students opt in again over the API, are found, withdraw, and the search is repeated until they are gone:
	 * the time from DELETE returning to the first search without them.
	 */
	private static void withdrawals(HttpClient http, int port, String partner) throws Exception {
		String[] students = { "student2", "student3", "student4", "student5", "student6" };
		long[] nanos = new long[WITHDRAWALS];
		int firstSearchAlreadyClean = 0;
		for (int i = 0; i < WITHDRAWALS; i++) {
			String student = token(port, students[i % students.length]);
			String word = "benchgone" + (char) ('a' + i) + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
			send(http, HttpRequest.newBuilder(URI.create(base(port) + "/api/v1/talent/consent"))
				.header("Authorization", "Bearer " + student).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"fields\":[\"ABOUT\",\"LOCATION\"],\"about\":\"" + word
						+ "\",\"province\":\"JS\"}")), 200);
			String find = "/api/v1/talent/search?q=" + word;
			if (!get(http, port, partner, find).contains("\"total\":1")) {
				throw new IllegalStateException("consented profile " + word + " not found");
			}
			send(http, HttpRequest.newBuilder(URI.create(base(port) + "/api/v1/talent/consent"))
				.header("Authorization", "Bearer " + student).DELETE(), 204);
			long deleted = System.nanoTime();
			int searches = 0;
			while (!get(http, port, partner, find).contains("\"total\":0")) {
				searches++;
				if (System.nanoTime() - deleted > 30_000_000_000L) {
					throw new IllegalStateException("withdrawn profile " + word + " still found after 30 s");
				}
			}
			nanos[i] = System.nanoTime() - deleted;
			if (searches == 0) {
				firstSearchAlreadyClean++;
			}
		}
		Arrays.sort(nanos);
		System.out.printf("withdrawal -> gone from search: max %.1f ms, p50 %.1f ms over %d withdrawals; the first "
				+ "search after DELETE was already clean %d of %d times (goal <= 1 s)%n", nanos[nanos.length - 1] / 1e6,
				p(nanos, 50), WITHDRAWALS, firstSearchAlreadyClean, WITHDRAWALS);
	}

	private static void generate(JdbcTemplate jdbc) {
		Random random = new Random(42);
		List<Map<String, Object>> organizations = jdbc.queryForList(
				"select id, type, province, name_zh, name_en from organizations where status = 'ACTIVE'");
		Timestamp now = Timestamp.from(Instant.now());
		long firstUser = jdbc.queryForObject("select coalesce(max(id), 0) from users", Long.class) + 1;
		long firstProfile = jdbc.queryForObject("select coalesce(max(id), 0) from talent_profiles", Long.class) + 1;
		List<Object[]> users = new ArrayList<>();
		List<Object[]> profiles = new ArrayList<>();
		List<Object[]> cards = new ArrayList<>();
		for (int i = 0; i < PROFILES; i++) {
			long userId = firstUser + i;
			long profileId = firstProfile + i;
			Map<String, Object> organization = organizations.get(random.nextInt(organizations.size()));
			int province = random.nextInt(PROVINCES.length);
			String city = CITIES[province][random.nextInt(CITIES[province].length)];
			String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
					+ GIVEN[random.nextInt(GIVEN.length)];
			String publicId = publicId(random);
			users.add(new Object[] { userId, "bench-" + i, name, "bench-" + i + "@bench.invalid",
					organization.get("id"), "{noop}-", "zh-CN", false, "APPROVED", now });
			LocalDate graduation = LocalDate.of(2025 + random.nextInt(4), 6, 30);
			boolean internship = random.nextBoolean();
			String about = "熟悉" + SKILLS[random.nextInt(SKILLS.length)][1] + "与现场调试，参与过"
					+ KEYWORDS[random.nextInt(KEYWORDS.length)] + "项目。";
			String preferences = SKILLS[random.nextInt(SKILLS.length)][1] + "相关岗位";
			profiles.add(new Object[] { profileId, publicId, userId, about, PROVINCES[province], city,
					Date.valueOf(graduation), internship, preferences, now, now });
			cards.add(card(random, profileId, publicId, name, organization, PROVINCES[province], city, about,
					graduation, internship, preferences, now));
			if (users.size() == BATCH || i == PROFILES - 1) {
				insert(jdbc, users, profiles, cards);
			}
		}
	}

	private static Object[] card(Random random, long profileId, String publicId, String name,
			Map<String, Object> organization, String province, String city, String about, LocalDate graduation,
			boolean internship, String preferences, Timestamp now) {
		Set<String> words = new LinkedHashSet<>(List.of(name, (String) organization.get("name_zh"),
				(String) organization.get("name_en"), city));
		Map<String, Integer> skillLevels = new LinkedHashMap<>();
		List<String> certificateLines = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		Set<String> levels = new LinkedHashSet<>();
		Set<String> certified = new LinkedHashSet<>();
		double score = 0;
		int maxLevel = 0;
		for (int c = random.nextInt(3); c > 0; c--) {
			String[] certificate = CERTIFICATES[random.nextInt(CERTIFICATES.length)];
			if (!codes.add(certificate[0])) {
				continue;
			}
			int level = Arrays.asList(LEVELS).indexOf(certificate[1]) + 1;
			maxLevel = Math.max(maxLevel, level);
			levels.add(certificate[1]);
			certificateLines.add(String.join("|", certificate[0], certificate[1], certificate[2], certificate[3],
					"YRD-BENCH-" + profileId + "-" + c));
			words.add(certificate[2]);
			words.add(certificate[3]);
			for (String skill : certificate[4].split(",")) {
				certified.add(skill);
				skillLevels.merge(skill, level, Math::max);
			}
			score += level * 10 * (0.3 + 0.7 * random.nextDouble());
		}
		List<String> labLines = new ArrayList<>();
		Set<String> labSkills = new LinkedHashSet<>();
		for (int l = random.nextInt(4); l > 0; l--) {
			String[] skill = SKILLS[random.nextInt(SKILLS.length)];
			int percent = 60 + random.nextInt(41);
			labLines.add(String.join("|", "BENCH-" + l, "lab-" + l, skill[1] + "实训", skill[2] + " lab",
					Integer.toString(percent), "2026-05-1" + l));
			labSkills.add(skill[0]);
			skillLevels.merge(skill[0], 1, Math::max);
			words.add(skill[1] + "实训");
			score += 2.0 * percent / 100;
		}
		List<String> declared = new ArrayList<>();
		for (int d = random.nextInt(3); d > 0; d--) {
			declared.add(SKILLS[random.nextInt(SKILLS.length)][0]);
		}
		for (String[] skill : SKILLS) {
			if (certified.contains(skill[0]) || labSkills.contains(skill[0]) || declared.contains(skill[0])) {
				words.add(skill[1]);
				words.add(skill[2]);
			}
		}
		words.add(about);
		words.add(preferences);
		return new Object[] { profileId, publicId, name, organization.get("name_zh"), organization.get("type"),
				province, city, String.join("\n", certificateLines), String.join(",", codes), String.join(",", levels),
				String.join(",", certified), String.join(",", labSkills),
				String.join(",", declared.stream().distinct().toList()),
				String.join(",", skillLevels.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList()),
				String.join("\n", labLines), about, String.join("\n", words), Date.valueOf(graduation), internship,
				preferences, maxLevel, score, now };
	}

	private static void insert(JdbcTemplate jdbc, List<Object[]> users, List<Object[]> profiles, List<Object[]> cards) {
		jdbc.batchUpdate("""
				insert into users (id, username, display_name, email, organization_id, password_hash, preferred_locale,
				  enabled, approval, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", users);
		jdbc.batchUpdate("""
				insert into talent_profiles (id, public_id, user_id, active, shared_fields, about, province, city,
				  graduation, open_to_internship, job_preferences, consent_version, consented_at, updated_at)
				values (?, ?, ?, true, 'ABOUT,CERTIFICATES,LABS,LOCATION,NAME,ORGANIZATION,PREFERENCES', ?, ?, ?, ?, ?, ?,
				  'v1', ?, ?)""", profiles);
		jdbc.batchUpdate("""
				insert into talent_cards (profile_id, public_id, display_name, organization_name, organization_type,
				  province, city, certificates, certificate_codes, certificate_levels, certified_skills, lab_skills,
				  declared_skills, skill_levels, labs, about, keywords, graduation, open_to_internship, job_preferences,
				  max_level, evidence_score, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cards);
		users.clear();
		profiles.clear();
		cards.clear();
	}

	private static String publicId(Random random) {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A mix like a recruiter's: keywords alone, skill at a level, certificate level, province, and combinations. */
	private static List<TalentSearch.Query> queries() {
		Random random = new Random(7);
		List<TalentSearch.Query> queries = new ArrayList<>();
		for (int i = 0; i < QUERIES; i++) {
			String text = i % 2 == 0 ? KEYWORDS[random.nextInt(KEYWORDS.length)] : null;
			String skill = i % 3 == 0 ? SKILLS[random.nextInt(SKILLS.length)][0] : null;
			Integer minLevel = skill != null && random.nextBoolean() ? 1 + random.nextInt(2) : null;
			String level = i % 5 == 1 ? LEVELS[random.nextInt(LEVELS.length)] : null;
			String province = i % 4 != 3 ? PROVINCES[random.nextInt(PROVINCES.length)] : null;
			int page = i % 10 == 9 ? 1 + random.nextInt(3) : 0;
			queries.add(new TalentSearch.Query(text, skill, minLevel, level, null, province, null, null, null, page));
		}
		return queries;
	}

	private static String uri(TalentSearch.Query query) {
		StringBuilder uri = new StringBuilder("/api/v1/talent/search?page=").append(query.page());
		append(uri, "q", query.text());
		append(uri, "skill", query.skill());
		append(uri, "minLevel", query.minLevel() == null ? null : query.minLevel().toString());
		append(uri, "level", query.level());
		append(uri, "province", query.province());
		return uri.toString();
	}

	private static void append(StringBuilder uri, String name, String value) {
		if (value != null) {
			uri.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static <T> long[] measure(List<T> queries, Consumer<T> query) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<Long>> times = new ArrayList<>();
		for (T each : queries) {
			times.add(clients.submit(() -> {
				long start = System.nanoTime();
				query.accept(each);
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

	private static String base(int port) {
		return "http://127.0.0.1:" + port;
	}

	private static String get(HttpClient http, int port, String token, String uri) {
		return send(http, HttpRequest.newBuilder(URI.create(base(port) + uri)).header("Authorization", "Bearer " + token),
				200);
	}

	private static String send(HttpClient http, HttpRequest.Builder request, int expected) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String token(int port, String username) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create(base(port) + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"academy-demo\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private static double p(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
	}

	private static void report(String name, long[] sorted) {
		System.out.printf("%-28s p50 %8.2f ms   p95 %8.2f ms   (%d queries, %d clients)%n", name, p(sorted, 50),
				p(sorted, 95), sorted.length, CLIENTS);
	}

}
