package cn.yrd.academy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import cn.yrd.academy.AcademyApplication;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bin/academy bench booking}: 64 concurrent clients book PLC-101's lab through
 * {@code POST /api/v1/bookings} over a grid of 20 {@code plc-s7-1200} machines × 7 days of opening hours, with a
 * skew so that many of them ask for the same slots at once. Prints successful bookings/s, the refusals by code,
 * and the overlaps an independent SQL query finds afterwards (must be 0); then, in the same run on the same
 * database, a baseline of single-row autocommit INSERTs into a table with a unique key over raw JDBC with as many
 * threads, and the ratio bookings/s ÷ baseline tx/s (goal ≥ 0.3).
 */
public final class BookingBenchmark {

	private static final int CLIENTS = Integer.getInteger("bench.clients", 64);

	private static final int STUDENTS_PER_CLIENT = Integer.getInteger("bench.students-per-client", 4);

	private static final int MACHINES = 20;

	private static final int DAYS = 7;

	/** The booking phase ends after this long, or earlier when every slot of the grid is taken. */
	private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

	private static final int BASELINE_SECONDS = Integer.getInteger("bench.baseline-seconds", 10);

	/** Share of picks that go to the hot tenth of the grid, so that clients collide on the same slots. */
	private static final double HOT_SHARE = 0.5;

	/** Share of requests that name a base and let the system pick the machine. */
	private static final double BASE_SHARE = 0.25;

	private static final String COURSE = "PLC-101";

	private static final String LAB = "start-stop-latch";

	private static final String IMAGE = "plc-s7-1200";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Per-student rules lifted so that clients are stopped by slot contention, not by their own limits. */
	private static final String[] RULE_OVERRIDES = { "--academy.booking.max-upcoming=100000",
			"--academy.booking.weekly-hours=168h" };

	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

	private static final Pattern MACHINE_ID = Pattern.compile("\"machineId\"\\s*:\\s*(\\d+)");

	private BookingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--academy.database.embedded.data-dir=data/bench-mariadb", "--academy.database.embedded.reset-schema=true",
				"--academy.search.index-dir=data/bench-search-index",
				"--academy.identity.login-throttle.attempts-per-minute=100000",
				"--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
				"--logging.level.root=warn"));
		arguments.addAll(List.of(RULE_OVERRIDES));
		// extra arguments for diagnosis (not the setup), e.g. --spring.datasource.hikari.maximum-pool-size=64
		arguments.addAll(List.of(args));
		if (args.length > 0) {
			System.out.println("Extra application arguments: " + String.join(" ", args));
		}
		int status = 2;
		try {
			ConfigurableApplicationContext app = new SpringApplicationBuilder(AcademyApplication.class)
				.profiles("demo")
				.run(arguments.toArray(String[]::new));
			try {
				status = run(app);
			}
			finally {
				app.close();
			}
		}
		catch (Throwable failure) {
			// without System.exit the embedded database's threads would keep the JVM alive
			failure.printStackTrace();
		}
		System.exit(status);
	}

	record Machine(long id, long baseId, String baseCode, long baseOrganization) {
	}

	/** One request a client may make: a specific machine ({@code machine != null}) or any machine at a base. */
	record Slot(int index, Machine machine, String baseCode, long baseId, Instant start, Instant end) {
	}

	private static int run(ConfigurableApplicationContext app) throws Exception {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		System.out.println("Rules overridden for the benchmark: " + String.join(" ", RULE_OVERRIDES)
				+ " (defaults 3 upcoming, 6h a week); horizon 14d and everything else as configured.");

		long started = System.nanoTime();
		List<Machine> machines = machines(jdbc);
		List<Long> students = students(jdbc, machines);
		Map<Long, Map<DayOfWeek, List<LocalTime[]>>> hours = openingHours(jdbc);
		int minutes = jdbc.queryForObject("""
				select e.minutes from lab_exercises e join course_modules m on m.id = e.module_id
				join course_versions v on v.id = m.course_version_id join courses c on c.id = v.course_id
				where c.code = ? and e.slug = ? order by v.id desc limit 1""", Integer.class, COURSE, LAB);
		Duration length = Duration.ofMinutes(((minutes + 29) / 30) * 30L);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<String> tokens = tokens(http, port, jdbc, students);
		System.out.printf("Set up %d machines of %s at %d bases, %d students with tokens in %.1f s; slot %d min%n",
				machines.size(), IMAGE, machines.stream().map(Machine::baseId).distinct().count(), students.size(),
				(System.nanoTime() - started) / 1e9, length.toMinutes());

		LocalDate today = LocalDate.now(ZONE);
		// warm-up on the second week of the horizon, so the measured week meets a warm JVM and database
		Grid warmGrid = grid(machines, hours, today.plusDays(DAYS + 1), DAYS - 1, length);
		Result warm = book(http, port, tokens, warmGrid, SECONDS);
		System.out.printf("warm-up: %d booked, %d refused in %.1f s (days %s..%s, not counted)%n", warm.booked.sum(),
				warm.refused(), warm.seconds, today.plusDays(DAYS + 1), today.plusDays(2 * DAYS - 1));

		Grid grid = grid(machines, hours, today.plusDays(1), DAYS, length);
		long questionsBefore = questions(jdbc);
		Result result = book(http, port, tokens, grid, SECONDS);
		long statements = questions(jdbc) - questionsBefore - 1;

		long overlapsMachine = jdbc.queryForObject("""
				select count(*) from bookings a join bookings b
				  on a.machine_id = b.machine_id and a.id < b.id
				 and a.starts_at < b.ends_at and b.starts_at < a.ends_at
				where a.status in ('CONFIRMED', 'ACTIVE') and b.status in ('CONFIRMED', 'ACTIVE')""", Long.class);
		long overlapsStudent = jdbc.queryForObject("""
				select count(*) from bookings a join bookings b
				  on a.user_id = b.user_id and a.id < b.id
				 and a.starts_at < b.ends_at and b.starts_at < a.ends_at
				where a.status in ('CONFIRMED', 'ACTIVE') and b.status in ('CONFIRMED', 'ACTIVE')""", Long.class);
		long stored = jdbc.queryForObject("select count(*) from bookings where status in ('CONFIRMED', 'ACTIVE')"
				+ " and starts_at >= ? and starts_at < ?", Long.class, sql(grid.from), sql(grid.to));
		long capacity = grid.capacity();

		double baseline = baseline(app.getBean(DataSource.class));

		double perSecond = result.booked.sum() / result.seconds;
		double ratio = perSecond / baseline;
		System.out.println();
		System.out.printf("grid: %d machines × %d days (%s..%s), %d candidate requests (%d machine, %d base),"
				+ " at most %d bookings fit%n", machines.size(), DAYS, today.plusDays(1), today.plusDays(DAYS),
				grid.slots.size(), grid.machineSlots, grid.slots.size() - grid.machineSlots, capacity);
		System.out.printf("booking phase: %.2f s (%s), %d clients, %d students%n", result.seconds,
				result.exhausted ? "grid exhausted" : "time limit", CLIENTS, tokens.size());
		System.out.printf("requests: %d (%.0f/s); latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", result.requests(),
				result.requests() / result.seconds, result.p(50), result.p(95), result.p(99));
		System.out.printf("SQL statements the database received: %.1f per request%n",
				statements / (double) result.requests());
		System.out.printf("successful bookings: %d = %.1f /s (%.0f%% of the grid's capacity; %d stored)%n",
				result.booked.sum(), perSecond, 100.0 * result.booked.sum() / capacity, stored);
		System.out.printf("conflicts rejected (409): %d %s%n", result.conflicts(), new TreeMap<>(result.codes));
		System.out.printf("other responses: %s%n", result.others.isEmpty() ? "none" : new TreeMap<>(result.others));
		System.out.printf("overlaps found by SQL afterwards: machines %d, students %d (must be 0)%n", overlapsMachine,
				overlapsStudent);
		System.out.printf("baseline: raw JDBC single-row INSERT (unique key, autocommit), %d threads: %.1f tx/s%n",
				CLIENTS, baseline);
		boolean met = ratio >= 0.3;
		System.out.printf("ratio bookings/s ÷ baseline tx/s = %.3f (goal >= 0.3): %s%n", ratio,
				met ? "met" : "NOT met");
		boolean correct = overlapsMachine == 0 && overlapsStudent == 0 && stored == result.booked.sum();
		if (!correct) {
			System.out.println("CORRECTNESS FAILURE: overlaps found or stored bookings differ from the 201s counted");
		}
		return correct ? 0 : 1;
	}

	/** Statements the server has received, from every connection (the app's pool only, during the phase). */
	private static long questions(JdbcTemplate jdbc) {
		return jdbc.queryForObject("show global status like 'Questions'", (rs, row) -> rs.getLong(2));
	}

	private static List<Machine> machines(JdbcTemplate jdbc) {
		List<Long> bases = jdbc.queryForList("select distinct base_id from lab_machines where image_code = ?"
				+ " order by base_id", Long.class, IMAGE);
		Timestamp now = sql(Instant.now());
		int count = jdbc.queryForObject("select count(*) from lab_machines where image_code = ? and state = 'ACTIVE'",
				Integer.class, IMAGE);
		for (int i = 0; count < MACHINES; i++, count++) {
			long base = bases.get(i % bases.size());
			jdbc.update("""
					insert into lab_machines (base_id, name, image_code, host, port, protocol, state, secrets, created_at,
					  updated_at) values (?, ?, ?, '127.0.0.1', ?, 'vnc', 'ACTIVE', null, ?, ?)""", base,
					"BENCH-PLC-%02d".formatted(i + 1), IMAGE, 6000 + i, now, now);
		}
		return jdbc.query("""
				select m.id, m.base_id, b.code, b.organization_id from lab_machines m
				join training_bases b on b.id = m.base_id
				where m.image_code = ? and m.state = 'ACTIVE' order by m.id""",
				(rs, row) -> new Machine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)), IMAGE);
	}

	/**
	 * Students of the bases' own organizations, inserted with student1's password hash (registration would spend
	 * a BCrypt hash on each), enrolled in PLC-101; each organization gets a weekly quota at the other bases.
	 */
	private static List<Long> students(JdbcTemplate jdbc, List<Machine> machines) {
		List<Long> organizations = machines.stream().map(Machine::baseOrganization).distinct().sorted().toList();
		List<Long> bases = machines.stream().map(Machine::baseId).distinct().sorted().toList();
		long course = jdbc.queryForObject("select id from courses where code = ?", Long.class, COURSE);
		long admin = jdbc.queryForObject("select id from users where username = 'admin'", Long.class);
		Timestamp now = sql(Instant.now());
		List<Long> students = new ArrayList<>();
		for (int i = 0; i < CLIENTS * STUDENTS_PER_CLIENT; i++) {
			String name = "bench%04d".formatted(i);
			jdbc.update("""
					insert into users (username, display_name, email, organization_id, password_hash, preferred_locale,
					  enabled, approval, demo_account, created_at)
					select ?, ?, ?, ?, password_hash, preferred_locale, enabled, approval, false, ?
					from users where username = 'student1'""", name, name, name + "@bench.invalid",
					organizations.get(i % organizations.size()), now);
			long id = jdbc.queryForObject("select id from users where username = ?", Long.class, name);
			jdbc.update("insert into user_roles (user_id, role) values (?, 'STUDENT')", id);
			jdbc.update("insert into enrollments (user_id, course_id, enrolled_at) values (?, ?, ?)", id, course, now);
			students.add(id);
		}
		for (long organization : organizations) {
			for (long base : bases) {
				boolean own = machines.stream().anyMatch(m -> m.baseId() == base && m.baseOrganization() == organization);
				if (!own) {
					jdbc.update("insert into org_quotas (organization_id, base_id, weekly_minutes, granted_by, granted_at)"
							+ " values (?, ?, ?, ?, ?) on duplicate key update weekly_minutes = values(weekly_minutes)",
							organization, base, 1_000_000, admin, now);
				}
			}
		}
		return students;
	}

	private static Map<Long, Map<DayOfWeek, List<LocalTime[]>>> openingHours(JdbcTemplate jdbc) {
		Map<Long, Map<DayOfWeek, List<LocalTime[]>>> hours = new HashMap<>();
		jdbc.query("select base_id, day_of_week, opens, closes from base_opening_hours", rs -> {
			hours.computeIfAbsent(rs.getLong(1), base -> new HashMap<>())
				.computeIfAbsent(DayOfWeek.of(rs.getInt(2)), day -> new ArrayList<>())
				.add(new LocalTime[] { rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime() });
		});
		return hours;
	}

	private static List<String> tokens(HttpClient http, int port, JdbcTemplate jdbc, List<Long> students)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> futures = new ArrayList<>();
		for (long id : students) {
			String username = jdbc.queryForObject("select username from users where id = ?", String.class, id);
			futures.add(pool.submit(() -> {
				HttpResponse<String> response = http.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"username\":\"" + username + "\",\"password\":\"academy-demo\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException("token for " + username + ": HTTP " + response.statusCode() + " "
							+ response.body());
				}
				return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
			}));
		}
		List<String> tokens = new ArrayList<>();
		for (Future<String> future : futures) {
			tokens.add(future.get());
		}
		pool.shutdown();
		return tokens;
	}

	/** Every request the clients may make over the days, and which of them are still worth making. */
	static final class Grid {

		final List<Slot> slots = new ArrayList<>();

		final int machineSlots;

		final Instant from;

		final Instant to;

		final AtomicBoolean[] closed;

		final AtomicInteger open;

		final int[] hot;

		/** Machine slots by machine id, then start. */
		final Map<Long, Map<Instant, Slot>> byMachine = new HashMap<>();

		/** Base slots by base code, then start. */
		final Map<String, Map<Instant, Slot>> byBase = new HashMap<>();

		final Map<String, List<Machine>> machinesAtBase = new HashMap<>();

		final Duration length;

		Grid(List<Slot> machine, List<Slot> base, Instant from, Instant to, Duration length, List<Machine> machines) {
			this.length = length;
			for (Slot slot : machine) {
				Slot added = add(slot);
				byMachine.computeIfAbsent(slot.machine().id(), id -> new HashMap<>()).put(slot.start(), added);
			}
			this.machineSlots = slots.size();
			for (Slot slot : base) {
				Slot added = add(slot);
				byBase.computeIfAbsent(slot.baseCode(), code -> new HashMap<>()).put(slot.start(), added);
			}
			machines.forEach(m -> machinesAtBase.computeIfAbsent(m.baseCode(), code -> new ArrayList<>()).add(m));
			this.from = from;
			this.to = to;
			this.closed = new AtomicBoolean[slots.size()];
			Arrays.setAll(closed, i -> new AtomicBoolean());
			this.open = new AtomicInteger(slots.size());
			// the hot tenth: a fixed random choice, the same for every client
			List<Integer> indexes = new ArrayList<>();
			for (int i = 0; i < slots.size(); i++) {
				indexes.add(i);
			}
			java.util.Collections.shuffle(indexes, new Random(42));
			this.hot = indexes.subList(0, Math.max(1, slots.size() / 10)).stream().mapToInt(Integer::intValue)
				.toArray();
		}

		private Slot add(Slot slot) {
			Slot added = new Slot(slots.size(), slot.machine(), slot.baseCode(), slot.baseId(), slot.start(),
					slot.end());
			slots.add(added);
			return added;
		}

		/** A slot not yet known to be taken, or {@code null} when there is none. */
		Slot pick(ThreadLocalRandom random) {
			for (int attempt = 0; attempt < 32 && open.get() > 0; attempt++) {
				int index = random.nextDouble() < HOT_SHARE ? hot[random.nextInt(hot.length)]
						: random.nextInt(slots.size());
				Slot slot = slots.get(index);
				boolean wantBase = random.nextDouble() < BASE_SHARE;
				if (wantBase && slot.machine() != null) {
					slot = byBase.get(slot.baseCode()).get(slot.start());
				}
				else if (!wantBase && slot.machine() == null) {
					List<Machine> at = machinesAtBase.get(slot.baseCode());
					slot = byMachine.get(at.get(random.nextInt(at.size())).id()).get(slot.start());
				}
				if (!closed[slot.index()].get()) {
					return slot;
				}
			}
			int from = random.nextInt(slots.size());
			for (int i = 0; i < slots.size() && open.get() > 0; i++) {
				Slot slot = slots.get((from + i) % slots.size());
				if (!closed[slot.index()].get()) {
					return slot;
				}
			}
			return null;
		}

		void close(Slot slot) {
			if (slot != null && closed[slot.index()].compareAndSet(false, true)) {
				open.decrementAndGet();
			}
		}

		/** The machine is booked from {@code start}: no slot of it that overlaps is worth asking for again. */
		void booked(long machineId, Instant start) {
			Map<Instant, Slot> ofMachine = byMachine.get(machineId);
			if (ofMachine == null) {
				return;
			}
			for (Instant s = start.minus(length).plus(Duration.ofMinutes(30)); s.isBefore(start.plus(length));
					s = s.plus(Duration.ofMinutes(30))) {
				Slot slot = ofMachine.get(s);
				if (slot != null) {
					close(slot);
					closeBaseIfFull(slot);
				}
			}
		}

		/** A base slot is done when every machine there is taken for it. */
		void closeBaseIfFull(Slot machineSlot) {
			boolean full = machinesAtBase.get(machineSlot.baseCode()).stream()
				.map(m -> byMachine.get(m.id()).get(machineSlot.start()))
				.allMatch(s -> closed[s.index()].get());
			if (full) {
				close(byBase.get(machineSlot.baseCode()).get(machineSlot.start()));
			}
		}

		/** No machine at the base is free for the base slot. */
		void baseFull(Slot baseSlot) {
			close(baseSlot);
			for (Machine m : machinesAtBase.get(baseSlot.baseCode())) {
				close(byMachine.get(m.id()).get(baseSlot.start()));
			}
		}

		/** Most bookings that fit: per machine, greedy back-to-back slots in each opening range. */
		long capacity() {
			long count = 0;
			for (Map<Instant, Slot> ofMachine : byMachine.values()) {
				List<Instant> starts = new ArrayList<>(ofMachine.keySet());
				starts.sort(null);
				Instant free = Instant.MIN;
				for (Instant start : starts) {
					if (!start.isBefore(free)) {
						count++;
						free = start.plus(length);
					}
				}
			}
			return count;
		}

	}

	private static Grid grid(List<Machine> machines, Map<Long, Map<DayOfWeek, List<LocalTime[]>>> hours,
			LocalDate first, int days, Duration length) {
		List<Slot> machineSlots = new ArrayList<>();
		Map<String, Slot> baseSlots = new java.util.LinkedHashMap<>();
		for (Machine machine : machines) {
			for (int d = 0; d < days; d++) {
				LocalDate day = first.plusDays(d);
				for (LocalTime[] range : hours.getOrDefault(machine.baseId(), Map.of())
					.getOrDefault(day.getDayOfWeek(), List.of())) {
					Instant close = day.atTime(range[1]).atZone(ZONE).toInstant();
					for (Instant start = day.atTime(range[0]).atZone(ZONE).toInstant(); !start.plus(length)
						.isAfter(close); start = start.plus(Duration.ofMinutes(30))) {
						machineSlots.add(new Slot(-1, machine, machine.baseCode(), machine.baseId(), start,
								start.plus(length)));
						baseSlots.putIfAbsent(machine.baseCode() + start,
								new Slot(-1, null, machine.baseCode(), machine.baseId(), start, start.plus(length)));
					}
				}
			}
		}
		return new Grid(machineSlots, new ArrayList<>(baseSlots.values()), first.atStartOfDay(ZONE).toInstant(),
				first.plusDays(days).atStartOfDay(ZONE).toInstant(), length, machines);
	}

	static final class Result {

		final LongAdder booked = new LongAdder();

		final Map<String, LongAdder> codes = new ConcurrentHashMap<>();

		final Map<String, LongAdder> others = new ConcurrentHashMap<>();

		final List<long[]> latencies = new ArrayList<>();

		double seconds;

		boolean exhausted;

		long conflicts() {
			return codes.values().stream().mapToLong(LongAdder::sum).sum();
		}

		long refused() {
			return conflicts() + others.values().stream().mapToLong(LongAdder::sum).sum();
		}

		long requests() {
			return booked.sum() + refused();
		}

		private long[] sorted;

		double p(int percentile) {
			if (sorted == null) {
				sorted = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			}
			if (sorted.length == 0) {
				return 0;
			}
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
		}

	}

	private static Result book(HttpClient http, int port, List<String> tokens, Grid grid, int seconds)
			throws Exception {
		Result result = new Result();
		URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/bookings");
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		CountDownLatch go = new CountDownLatch(1);
		AtomicLong deadline = new AtomicLong();
		List<Future<long[]>> futures = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			List<String> mine = new ArrayList<>();
			for (int s = c; s < tokens.size(); s += CLIENTS) {
				mine.add(tokens.get(s));
			}
			futures.add(clients.submit(() -> {
				long[] latencies = new long[1024];
				int n = 0;
				int student = 0;
				ThreadLocalRandom random = ThreadLocalRandom.current();
				go.await();
				while (System.nanoTime() < deadline.get()) {
					Slot slot = grid.pick(random);
					if (slot == null) {
						break;
					}
					String body = "{\"course\":\"" + COURSE + "\",\"lab\":\"" + LAB + "\",\"start\":\""
							+ slot.start().atZone(ZONE).toOffsetDateTime() + "\","
							+ (slot.machine() != null ? "\"machineId\":" + slot.machine().id()
									: "\"base\":\"" + slot.baseCode() + "\"")
							+ "}";
					long begin = System.nanoTime();
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + mine.get(student))
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
					if (n == latencies.length) {
						latencies = Arrays.copyOf(latencies, n * 2);
					}
					latencies[n++] = System.nanoTime() - begin;
					int status = response.statusCode();
					Matcher code = CODE.matcher(response.body());
					String refusal = code.find() ? code.group(1) : "";
					if (status == 201) {
						result.booked.increment();
						Matcher machine = MACHINE_ID.matcher(response.body());
						if (machine.find()) {
							grid.booked(Long.parseLong(machine.group(1)), slot.start());
						}
						if (slot.machine() == null) {
							grid.closeBaseIfFull(grid.byMachine.get(Long.parseLong(machine.group(1)))
								.get(slot.start()));
						}
					}
					else if (status == 409) {
						result.codes.computeIfAbsent(refusal, k -> new LongAdder()).increment();
						if ("SLOT_TAKEN".equals(refusal)) {
							if (slot.machine() != null) {
								grid.close(slot);
								grid.closeBaseIfFull(slot);
							}
							else {
								grid.baseFull(slot);
							}
						}
						else {
							// the student's own limits or bookings: the next request goes out as another student
							student = (student + 1) % mine.size();
						}
					}
					else {
						result.others.computeIfAbsent(status + " " + refusal, k -> new LongAdder()).increment();
						student = (student + 1) % mine.size();
					}
				}
				return Arrays.copyOf(latencies, n);
			}));
		}
		long begin = System.nanoTime();
		deadline.set(begin + seconds * 1_000_000_000L);
		go.countDown();
		for (Future<long[]> future : futures) {
			result.latencies.add(future.get());
		}
		result.seconds = (System.nanoTime() - begin) / 1e9;
		result.exhausted = grid.open.get() == 0;
		clients.shutdown();
		return result;
	}

	/** Single-row INSERT transactions into a table with a unique key, over raw JDBC, one connection a thread. */
	private static double baseline(DataSource dataSource) throws Exception {
		HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
		String url = hikari.getJdbcUrl();
		String user = hikari.getUsername();
		String password = hikari.getPassword();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists bench_baseline");
			statement.execute("""
					create table bench_baseline (id bigint not null auto_increment primary key,
					  k varchar(64) not null, v int not null, created_at datetime(6) not null,
					  constraint uk_bench_baseline_k unique (k)) engine=InnoDB""");
		}
		runInserts(url, user, password, 2, "w"); // warm-up
		long inserted = runInserts(url, user, password, BASELINE_SECONDS, "m");
		return inserted / (double) BASELINE_SECONDS;
	}

	private static long runInserts(String url, String user, String password, int seconds, String prefix)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
		CountDownLatch go = new CountDownLatch(1);
		AtomicLong deadline = new AtomicLong();
		List<Future<Long>> counts = new ArrayList<>();
		for (int t = 0; t < CLIENTS; t++) {
			int thread = t;
			counts.add(threads.submit(() -> {
				try (Connection connection = DriverManager.getConnection(url, user, password);
						PreparedStatement insert = connection
							.prepareStatement("insert into bench_baseline (k, v, created_at) values (?, ?, ?)")) {
					connection.setAutoCommit(true);
					long count = 0;
					go.await();
					while (System.nanoTime() < deadline.get()) {
						insert.setString(1, prefix + "-" + thread + "-" + count);
						insert.setInt(2, (int) count);
						insert.setTimestamp(3, sql(Instant.now()));
						insert.executeUpdate();
						count++;
					}
					return count;
				}
			}));
		}
		deadline.set(System.nanoTime() + seconds * 1_000_000_000L);
		go.countDown();
		long total = 0;
		for (Future<Long> count : counts) {
			total += count.get();
		}
		threads.shutdown();
		return total;
	}

	private static Timestamp sql(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

}
