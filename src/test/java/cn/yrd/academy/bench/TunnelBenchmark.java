package cn.yrd.academy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.yrd.academy.AcademyApplication;
import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.TrainingBase;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.internal.MachineDetails;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.LabRuntime;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestStudents;
import org.apache.guacamole.GuacamoleException;
import org.apache.guacamole.io.GuacamoleReader;
import org.apache.guacamole.io.GuacamoleWriter;
import org.apache.guacamole.net.InetGuacamoleSocket;
import org.apache.guacamole.protocol.ConfiguredGuacamoleSocket;
import org.apache.guacamole.protocol.GuacamoleClientInformation;
import org.apache.guacamole.protocol.GuacamoleConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code bin/academy bench tunnel}: the remote tunnel against the real guacd and the real PLC trainer simulator of
 * {@link LabRuntime}, with the app (profile demo, its own embedded database, schema reset) in this JVM. The
 * trainer is switched to Run with F5 through guacd, so its clock-memory bits, lamps and timers animate. Then:
 * <ol>
 * <li>throughput, alternating direct guacd (guacamole-common) and our WebSocket tunnel, each answering every
 * {@code sync}: characters/s and syncs/s, and the ratio tunnel/direct (goal ≥ 0.9);</li>
 * <li>time to first frame, 30 times each: token request → WebSocket open → first {@code sync}, and guacd's own
 * handshake → first {@code sync} as the baseline;</li>
 * <li>20 students on 20 machines (all pointing at the one simulator) through the tunnel at once: this JVM's CPU
 * and RSS before and during, the clients' own CPU share, guacd's and the simulator's CPU, and the combined
 * throughput.</li>
 * </ol>
 * Settings: {@code -Dbench.seconds} (per throughput window, 20), {@code -Dbench.rounds} (2),
 * {@code -Dbench.first-frames} (30), {@code -Dbench.sessions} (20), {@code -Dbench.concurrent-seconds} (20).
 */
public final class TunnelBenchmark {

	private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);

	private static final int FIRST_FRAMES = Integer.getInteger("bench.first-frames", 30);

	private static final int SESSIONS = Integer.getInteger("bench.sessions", 20);

	private static final int CONCURRENT_SECONDS = Integer.getInteger("bench.concurrent-seconds", 20);

	/** Not counted: the first full-screen frame and guacd settling after it. */
	private static final Duration WARM_UP = Duration.ofSeconds(2);

	private static final int WIDTH = 1024;

	private static final int HEIGHT = 768;

	private static final int DPI = 96;

	private static final int KEY_F5 = 0xFFC2;

	private static final int KEY_ALT = 0xFFE9;

	private static final int KEY_0 = 0x30;

	/** Switch I0.0 on too (Alt+0), so the traffic lights run and their timers count (default true). */
	private static final boolean INPUT_ON = Boolean.parseBoolean(System.getProperty("bench.input-on", "true"));

	private static final double GOAL_RATIO = 0.9;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	/** Every client thread of the benchmark is named so, to tell its CPU from the app's. */
	private static final String CLIENT_THREAD = "bench-client-";

	private static final AtomicInteger clientThreads = new AtomicInteger();

	private static final ExecutorService clientExecutor = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, CLIENT_THREAD + clientThreads.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private TunnelBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int status = 2;
		try {
			long labStart = System.nanoTime();
			LabRuntime.Endpoint guacd = LabRuntime.guacd();
			LabRuntime.Endpoint simulator = LabRuntime.plcSimulator();
			System.out.printf("guacd on %s:%d, PLC trainer simulator (Xvfb + x11vnc) on %s:%d, started in %.1f s%n",
					guacd.host(), guacd.port(), simulator.host(), simulator.port(), (System.nanoTime() - labStart) / 1e9);
			List<String> arguments = new ArrayList<>(List.of("--server.port=0",
					"--academy.database.embedded.data-dir=data/bench-mariadb",
					"--academy.database.embedded.reset-schema=true",
					"--academy.search.index-dir=data/bench-search-index",
					"--academy.identity.login-throttle.attempts-per-minute=100000",
					"--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
					"--academy.remote.guacd.host=" + guacd.host(), "--academy.remote.guacd.port=" + guacd.port(),
					"--logging.level.root=warn"));
			arguments.addAll(List.of(args));
			ConfigurableApplicationContext app = new SpringApplicationBuilder(AcademyApplication.class)
				.profiles("demo")
				.run(arguments.toArray(String[]::new));
			try {
				status = new TunnelBenchmark.Run(app, guacd, simulator).run();
			}
			finally {
				app.close();
			}
		}
		catch (Throwable failure) {
			// without System.exit the embedded database's threads would keep the JVM alive
			failure.printStackTrace();
		}
		stopGuacdConnections();
		System.exit(status);
	}

	/**
	 * guacd serves each connection from a process of its own; LabRuntime stops guacd itself at exit, and a
	 * connection process stuck on the VNC server (seen after a failed run) would outlive it. These are the only
	 * processes stopped here: the children of the guacd this JVM started.
	 */
	private static void stopGuacdConnections() {
		String suffix = "-" + ProcessHandle.current().pid();
		try (Stream<Path> dirs = Files.list(Path.of("target/lab-runtime"))) {
			for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("guacd-")
					&& d.getFileName().toString().endsWith(suffix)).toList()) {
				Path pidFile = dir.resolve("guacd.pid");
				if (Files.isRegularFile(pidFile)) {
					ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
						.ifPresent(guacd -> guacd.descendants().forEach(ProcessHandle::destroy));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// nothing started, or nothing left
		}
	}

	private static final class Run {

		private final ConfigurableApplicationContext app;

		private final LabRuntime.Endpoint guacd;

		private final LabRuntime.Endpoint simulator;

		private final int port;

		private final JdbcTemplate jdbc;

		private final HttpClient websockets = HttpClient.newBuilder().executor(clientExecutor).build();

		Run(ConfigurableApplicationContext app, LabRuntime.Endpoint guacd, LabRuntime.Endpoint simulator) {
			this.app = app;
			this.guacd = guacd;
			this.simulator = simulator;
			this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			this.jdbc = app.getBean(JdbcTemplate.class);
		}

		int run() throws Exception {
			System.out.printf("Settings: %d s per throughput window, %d rounds (direct, tunnel alternating), %d first"
					+ " frames each, %d concurrent sessions for %d s, screen %dx%d (-Dbench.seconds, -Dbench.rounds,"
					+ " -Dbench.first-frames, -Dbench.sessions, -Dbench.concurrent-seconds)%n", SECONDS, ROUNDS,
					FIRST_FRAMES, SESSIONS, SESSIONS == 0 ? 0 : CONCURRENT_SECONDS, WIDTH, HEIGHT);
			List<Student> students = setUp(Math.max(1, SESSIONS));
			Student single = students.get(0);

			startAnimation();

			// 1. throughput, alternating
			List<Window> direct = new ArrayList<>();
			List<Window> tunnel = new ArrayList<>();
			for (int round = 1; round <= ROUNDS; round++) {
				Window d = measure(openDirect(), Duration.ofSeconds(SECONDS));
				direct.add(d);
				System.out.printf("  round %d direct: %s%n", round, d);
				Window t = measure(single.openTunnel(), Duration.ofSeconds(SECONDS));
				tunnel.add(t);
				System.out.printf("  round %d tunnel: %s%n", round, t);
			}
			Window directAll = Window.sum(direct);
			Window tunnelAll = Window.sum(tunnel);
			double byteRatio = tunnelAll.charsPerSecond() / directAll.charsPerSecond();
			double syncRatio = tunnelAll.syncsPerSecond() / directAll.syncsPerSecond();

			// 2. time to first frame
			long[] directFirst = new long[FIRST_FRAMES];
			long[] tunnelFirst = new long[FIRST_FRAMES];
			long[] tokenTimes = new long[FIRST_FRAMES];
			long[] openTimes = new long[FIRST_FRAMES];
			for (int i = 0; i < FIRST_FRAMES; i++) {
				long start = System.nanoTime();
				Session d = openDirect();
				d.awaitFirstSync(Duration.ofSeconds(20));
				directFirst[i] = d.firstSyncAt - start;
				d.close();
				start = System.nanoTime();
				Session t = single.openTunnel();
				t.awaitFirstSync(Duration.ofSeconds(20));
				tunnelFirst[i] = t.firstSyncAt - start;
				tokenTimes[i] = t.tokenNanos;
				openTimes[i] = t.openNanos;
				t.close();
			}

			// 3. concurrent sessions
			Concurrent concurrent = SESSIONS > 0 ? concurrent(students) : null;
			awaitSessionsRecorded();

			System.out.println();
			System.out.println("=== tunnel benchmark summary ===");
			System.out.printf("Throughput over %d × %d s each, after %d s warm-up per connection (characters of"
					+ " Guacamole protocol; ASCII, so ≈ bytes):%n", ROUNDS, SECONDS, WARM_UP.toSeconds());
			System.out.printf("  direct guacd : %s%n", directAll);
			System.out.printf("  our tunnel   : %s%n", tunnelAll);
			System.out.printf("  ratio tunnel/direct: bytes/s %.3f, syncs/s %.3f (goal ≥ %.1f): %s%n", byteRatio,
					syncRatio, GOAL_RATIO, byteRatio >= GOAL_RATIO && syncRatio >= GOAL_RATIO ? "met" : "NOT met");
			System.out.printf("Time to first frame, %d times each:%n", FIRST_FRAMES);
			System.out.printf("  tunnel (token request → WebSocket open → first sync): %s%n", percentiles(tunnelFirst));
			System.out.printf("    of which token request: %s; WebSocket open (upgrade with the token and"
					+ " booking checks): %s%n", percentiles(tokenTimes), percentiles(openTimes));
			System.out.printf("  direct guacd (connect + handshake → first sync):     %s%n", percentiles(directFirst));
			if (concurrent != null) {
				System.out.println(concurrent);
			}
			return 0;
		}

		/** The app records each tunnel's end on its own threads; closing the app before that only logs errors. */
		private void awaitSessionsRecorded() throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			int open;
			while ((open = jdbc.queryForObject("SELECT COUNT(*) FROM remote_sessions WHERE ended_at IS NULL",
					Integer.class)) > 0 && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			if (open > 0) {
				System.out.printf("(%d remote sessions still not recorded as ended after 20 s)%n", open);
			}
		}

		/** A bench base with one machine per student, all pointing at the one simulator; ACTIVE bookings now. */
		private List<Student> setUp(int count) throws Exception {
			long begin = System.nanoTime();
			TestBookers bookers = new TestBookers(app.getBean(Registrations.class),
					app.getBean(OrganizationRepository.class), app.getBean(UserDetailsService.class),
					app.getBean(Enrollments.class));
			Directory directory = app.getBean(Directory.class);
			MachineRegistry machines = app.getBean(MachineRegistry.class);
			long organization = new TestStudents(app.getBean(Registrations.class),
					app.getBean(OrganizationRepository.class)).organizationId();
			String code = "BENCH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
			TrainingBase base = directory.saveBase(null, new Directory.BaseDetails(code, organization,
					"隧道压测基地", "Tunnel benchmark base", Province.ZJ, "宁波", "测试路5号"), "bench");
			List<Student> students = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				AcademyUser student = bookers.enrolledStudent("tbench");
				LabMachine machine = machines.register(base.getId(), new MachineDetails(
						String.format(Locale.ROOT, "PLC-T%02d", i + 1), "plc-s7-1200", simulator.host(),
						simulator.port(), "vnc", MachineState.ACTIVE),
						new MachineSecrets(null, null, null, LabRuntime.PASSWORD, null, null), "bench");
				long booking = activeBooking(student, machine);
				students.add(Student.logIn(this, student.getUsername(), booking));
			}
			System.out.printf("Set up %d students, %d machines (all → the one simulator %s:%d), %d ACTIVE bookings"
					+ " and logged in over HTTP in %.1f s%n", count, count, simulator.host(), simulator.port(), count,
					(System.nanoTime() - begin) / 1e9);
			return students;
		}

		private long activeBooking(AcademyUser student, LabMachine machine) {
			Instant now = Instant.now();
			Instant start = now.minus(Duration.ofMinutes(10));
			Instant end = now.plus(Duration.ofMinutes(110));
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			jdbc.update(connection -> {
				var insert = connection.prepareStatement("""
						INSERT INTO bookings (user_id, organization_id, machine_id, base_id, course_code, lab_slug,
						  starts_at, ends_at, minutes, week_start, status, created_at, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
				insert.setLong(1, student.id());
				insert.setLong(2, student.organizationId());
				insert.setLong(3, machine.id());
				insert.setLong(4, machine.baseId());
				insert.setString(5, TestBookers.COURSE);
				insert.setString(6, TestBookers.LAB);
				insert.setTimestamp(7, utc(start));
				insert.setTimestamp(8, utc(end));
				insert.setInt(9, (int) Duration.between(start, end).toMinutes());
				insert.setDate(10, Date.valueOf(start.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate()
					.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
				insert.setString(11, BookingStatus.ACTIVE.name());
				insert.setTimestamp(12, utc(now));
				insert.setTimestamp(13, utc(now));
				return insert;
			}, key);
			return key.getKey().longValue();
		}

		/** Presses F5 (Run) through guacd and checks that frames keep coming. */
		private void startAnimation() throws Exception {
			Session session = openDirect();
			try {
				session.awaitFirstSync(Duration.ofSeconds(20));
				Thread.sleep(WARM_UP.toMillis());
				Snapshot idleFrom = session.snapshot();
				Thread.sleep(3000);
				Window idle = Window.between(idleFrom, session.snapshot());
				session.send(instruction("key", Integer.toString(KEY_F5), "1"));
				session.send(instruction("key", Integer.toString(KEY_F5), "0"));
				Thread.sleep(1000);
				Snapshot runFrom = session.snapshot();
				Thread.sleep(3000);
				Window running = Window.between(runFrom, session.snapshot());
				System.out.printf("PLC trainer before Run: %s%n", idle);
				System.out.printf("PLC trainer after F5 (Run) sent through guacd, I0.0 off (clock memory, yellow lamps"
						+ " flashing): %s%n", running);
				if (INPUT_ON) {
					// Alt+0 toggles I0.0: the example's traffic lights step through their phases, timers T0–T5 count
					session.send(instruction("key", Integer.toString(KEY_ALT), "1"));
					session.send(instruction("key", Integer.toString(KEY_0), "1"));
					session.send(instruction("key", Integer.toString(KEY_0), "0"));
					session.send(instruction("key", Integer.toString(KEY_ALT), "0"));
					Thread.sleep(1000);
					runFrom = session.snapshot();
					Thread.sleep(3000);
					running = Window.between(runFrom, session.snapshot());
					System.out.printf("PLC trainer after Alt+0 (I0.0 on: traffic lights and timers running): %s%n",
							running);
				}
				if (running.syncs < 10 || running.imgs + running.pngs == 0) {
					throw new IllegalStateException("The PLC trainer does not animate after F5: " + running);
				}
			}
			finally {
				session.close();
			}
		}

		private Session openDirect() throws GuacamoleException {
			Session session = new Session();
			InetGuacamoleSocket socket = new InetGuacamoleSocket(guacd.host(), guacd.port());
			GuacamoleConfiguration config = new GuacamoleConfiguration();
			config.setProtocol("vnc");
			config.setParameter("hostname", simulator.host());
			config.setParameter("port", Integer.toString(simulator.port()));
			config.setParameter("password", LabRuntime.PASSWORD);
			GuacamoleClientInformation info = new GuacamoleClientInformation();
			info.setOptimalScreenWidth(WIDTH);
			info.setOptimalScreenHeight(HEIGHT);
			info.setOptimalResolution(DPI);
			info.getImageMimetypes().addAll(List.of("image/png", "image/jpeg", "image/webp"));
			ConfiguredGuacamoleSocket configured = new ConfiguredGuacamoleSocket(socket, config, info);
			session.openNanos = System.nanoTime() - session.createdAt;
			GuacamoleWriter writer = configured.getWriter();
			session.sender = text -> {
				synchronized (writer) {
					writer.write(text.toCharArray());
				}
			};
			session.closer = configured::close;
			clientExecutor.execute(() -> {
				try {
					GuacamoleReader reader = configured.getReader();
					char[] chunk;
					while ((chunk = reader.read()) != null) {
						session.received(new String(chunk));
					}
				}
				catch (GuacamoleException | RuntimeException ex) {
					if (!session.closing) {
						session.failure = ex;
					}
				}
				session.ended.complete(null);
			});
			return session;
		}

		private Window measure(Session session, Duration length) throws Exception {
			try {
				session.awaitFirstSync(Duration.ofSeconds(20));
				Thread.sleep(WARM_UP.toMillis());
				Snapshot from = session.snapshot();
				Thread.sleep(length.toMillis());
				return Window.between(from, session.snapshot());
			}
			finally {
				session.close();
			}
		}

		private Concurrent concurrent(List<Student> students) throws Exception {
			System.gc();
			Thread.sleep(2000);
			Usage idleFrom = Usage.now();
			Thread.sleep(5000);
			Usage idle = Usage.between(idleFrom, Usage.now());
			long rssIdle = rssKb();

			List<java.util.concurrent.Callable<Session>> direct = new ArrayList<>();
			for (int i = 0; i < students.size(); i++) {
				direct.add(this::openDirect);
			}
			Concurrent baseline = atOnce(direct);
			System.out.printf("  %d direct guacd sessions at once (baseline): %s; app JVM (the clients only) %.0f %%%n",
					students.size(), baseline.combined, baseline.during.percent(baseline.during.processCpuNanos()));
			List<java.util.concurrent.Callable<Session>> tunnels = new ArrayList<>();
			for (Student student : students) {
				tunnels.add(student::openTunnel);
			}
			Concurrent result = atOnce(tunnels);
			result.idle = idle;
			result.rssIdleKb = rssIdle;
			result.baseline = baseline;
			return result;
		}

		private Concurrent atOnce(List<java.util.concurrent.Callable<Session>> openers) throws Exception {
			Concurrent result = new Concurrent(openers.size());
			// One after another, each to its first sync: the one x11vnc behind all 20 machines fails handshakes
			// that reach it at the same instant ("Error handling message from VNC server" in guacd's log).
			List<Session> sessions = new ArrayList<>();
			long openStart = System.nanoTime();
			for (java.util.concurrent.Callable<Session> open : openers) {
				Session session = open.call();
				sessions.add(session);
				session.awaitFirstSync(Duration.ofSeconds(30));
			}
			result.allOpenSeconds = (System.nanoTime() - openStart) / 1e9;
			try {
				Thread.sleep(WARM_UP.toMillis());
				List<Snapshot> from = sessions.stream().map(Session::snapshot).toList();
				Usage usageFrom = Usage.now();
				long rssMax = 0;
				double loadSum = 0;
				int loadSamples = 0;
				long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(CONCURRENT_SECONDS);
				while (System.nanoTime() < end) {
					Thread.sleep(1000);
					rssMax = Math.max(rssMax, rssKb());
					double load = ((com.sun.management.OperatingSystemMXBean) ManagementFactory
						.getOperatingSystemMXBean()).getProcessCpuLoad();
					if (load >= 0) {
						loadSum += load;
						loadSamples++;
					}
				}
				Usage usageTo = Usage.now();
				result.during = Usage.between(usageFrom, usageTo);
				result.rssDuringMaxKb = rssMax;
				result.meanProcessCpuLoad = loadSamples == 0 ? -1 : loadSum / loadSamples;
				List<Window> windows = new ArrayList<>();
				for (int i = 0; i < sessions.size(); i++) {
					windows.add(Window.between(from.get(i), sessions.get(i).snapshot()));
				}
				result.combined = Window.parallel(windows);
				result.slowest = windows.stream().min((a, b) -> Double.compare(a.syncsPerSecond(), b.syncsPerSecond()))
					.orElseThrow();
				result.fastest = windows.stream().max((a, b) -> Double.compare(a.syncsPerSecond(), b.syncsPerSecond()))
					.orElseThrow();
				result.failed = (int) sessions.stream().filter(s -> s.failure != null || s.ended.isDone()).count();
			}
			finally {
				for (Session session : sessions) {
					session.close();
				}
			}
			return result;
		}

	}

	/** A logged-in student with an ACTIVE booking, as the lab page is: session cookie and CSRF token. */
	private static final class Student {

		private final Run run;

		private final long booking;

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http;

		private String csrf;

		private Student(Run run, long booking) {
			this.run = run;
			this.booking = booking;
			this.http = HttpClient.newBuilder().cookieHandler(cookies).executor(clientExecutor).build();
		}

		static Student logIn(Run run, String username, long booking) throws Exception {
			Student student = new Student(run, booking);
			String form = student.get("/login");
			Matcher csrf = CSRF.matcher(form);
			if (!csrf.find()) {
				throw new IllegalStateException("no CSRF token on /login");
			}
			HttpResponse<String> login = student.http.send(HttpRequest.newBuilder(student.uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
						+ encode(TestStudents.PASSWORD) + "&_csrf=" + encode(csrf.group(1))))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (login.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("login of " + username + " failed");
			}
			Matcher page = CSRF.matcher(student.get("/account"));
			if (!page.find()) {
				throw new IllegalStateException("no CSRF token on /account");
			}
			student.csrf = page.group(1);
			return student;
		}

		private String get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
		}

		private String sessionId() {
			return cookies.getCookieStore().getCookies().stream()
				.filter(cookie -> cookie.getName().equals("JSESSIONID"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow();
		}

		/** What the lab page does: a connect token, then the WebSocket with it. */
		Session openTunnel() throws Exception {
			Session session = new Session();
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/bookings/" + booking
					+ "/connect-token"))
				.header("X-CSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = TOKEN.matcher(response.body());
			if (response.statusCode() != 200 || !token.find()) {
				throw new IllegalStateException("connect token refused: " + response.statusCode() + " "
						+ response.body());
			}
			long tokenAt = System.nanoTime();
			session.tokenNanos = tokenAt - session.createdAt;
			TunnelListener listener = new TunnelListener(session);
			WebSocket socket = run.websockets.newWebSocketBuilder()
				.subprotocols("guacamole")
				.connectTimeout(Duration.ofSeconds(20))
				.header("Cookie", "JSESSIONID=" + sessionId())
				.header("Origin", "http://localhost:" + run.port)
				.buildAsync(URI.create("ws://localhost:" + run.port + "/remote/tunnel?token=" + encode(token.group(1))
						+ "&width=" + WIDTH + "&height=" + HEIGHT + "&dpi=" + DPI), listener)
				.get(30, TimeUnit.SECONDS);
			session.openNanos = System.nanoTime() - tokenAt;
			session.sender = listener.sender(socket);
			session.closer = () -> {
				try {
					socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
					session.ended.get(5, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					socket.abort();
				}
			};
			return session;
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + run.port + path);
		}

	}

	/** The browser's end: whole messages to the session, every sync answered in order. */
	private static final class TunnelListener implements WebSocket.Listener {

		private final Session session;

		private final StringBuilder partial = new StringBuilder();

		private CompletableFuture<WebSocket> sending;

		TunnelListener(Session session) {
			this.session = session;
		}

		Sender sender(WebSocket socket) {
			return text -> send(socket, text);
		}

		private synchronized void send(WebSocket socket, String text) {
			sending = sending == null ? socket.sendText(text, true)
					: sending.thenCompose(ws -> ws.sendText(text, true));
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				String message = partial.toString();
				partial.setLength(0);
				session.sender = session.sender == null ? sender(webSocket) : session.sender;
				session.received(message);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			if (!session.closing) {
				session.failure = new IllegalStateException("tunnel closed: " + statusCode + " " + reason);
			}
			session.ended.complete(null);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			if (!session.closing) {
				session.failure = error;
			}
			session.ended.complete(null);
		}

	}

	@FunctionalInterface
	private interface Sender {

		void send(String text) throws Exception;

	}

	@FunctionalInterface
	private interface Closer {

		void close() throws Exception;

	}

	/** One client connection, direct or through the tunnel: what it received, its syncs answered. */
	private static final class Session {

		final long createdAt = System.nanoTime();

		final AtomicLong chars = new AtomicLong();

		final AtomicLong syncs = new AtomicLong();

		final AtomicLong imgs = new AtomicLong();

		final AtomicLong pngs = new AtomicLong();

		final CompletableFuture<Void> firstSync = new CompletableFuture<>();

		final CompletableFuture<Void> ended = new CompletableFuture<>();

		volatile long firstSyncAt;

		volatile long tokenNanos;

		volatile long openNanos;

		volatile Sender sender;

		volatile Closer closer;

		volatile boolean closing;

		volatile Throwable failure;

		/** Counts a batch of whole instructions and answers each sync with its timestamp, as a client must. */
		void received(String text) {
			chars.addAndGet(text.length());
			int at = 0;
			while (at < text.length()) {
				int end = instructionEnd(text, at);
				if (end < 0) {
					break;
				}
				if (text.startsWith("4.sync,", at)) {
					int dot = text.indexOf('.', at + 7);
					int length = Integer.parseInt(text, at + 7, dot, 10);
					String timestamp = text.substring(dot + 1, dot + 1 + length);
					syncs.incrementAndGet();
					if (firstSyncAt == 0) {
						firstSyncAt = System.nanoTime();
						firstSync.complete(null);
					}
					try {
						sender.send(instruction("sync", timestamp));
					}
					catch (Exception ex) {
						failure = ex;
					}
				}
				else if (text.startsWith("3.img,", at)) {
					imgs.incrementAndGet();
				}
				else if (text.startsWith("3.png,", at)) {
					pngs.incrementAndGet();
				}
				at = end;
			}
		}

		/** The index after the instruction starting at {@code at} (its ';'), walking its length-prefixed elements. */
		private static int instructionEnd(String text, int at) {
			int i = at;
			while (i < text.length()) {
				int dot = text.indexOf('.', i);
				if (dot < 0) {
					return -1;
				}
				int length = Integer.parseInt(text, i, dot, 10);
				// lengths count Unicode code points; the protocol here is ASCII apart from rare names
				int valueEnd = text.offsetByCodePoints(dot + 1, length);
				char separator = text.charAt(valueEnd);
				i = valueEnd + 1;
				if (separator == ';') {
					return i;
				}
			}
			return -1;
		}

		void send(String text) throws Exception {
			sender.send(text);
		}

		void awaitFirstSync(Duration timeout) throws Exception {
			try {
				firstSync.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (java.util.concurrent.TimeoutException ex) {
				close();
				throw new IllegalStateException("no sync within " + timeout + "; received " + chars.get()
						+ " characters" + (failure == null ? "" : ", " + failure));
			}
		}

		Snapshot snapshot() {
			if (failure != null) {
				throw new IllegalStateException("session failed: " + failure, failure);
			}
			return new Snapshot(System.nanoTime(), chars.get(), syncs.get(), imgs.get(), pngs.get());
		}

		void close() {
			closing = true;
			try {
				closer.close();
			}
			catch (Exception ex) {
				// closing is best effort; the other side notices
			}
		}

	}

	private record Snapshot(long nanos, long chars, long syncs, long imgs, long pngs) {
	}

	/** What arrived within a time window (or several summed). */
	private record Window(double seconds, long chars, long syncs, long imgs, long pngs) {

		static Window between(Snapshot from, Snapshot to) {
			return new Window((to.nanos() - from.nanos()) / 1e9, to.chars() - from.chars(), to.syncs() - from.syncs(),
					to.imgs() - from.imgs(), to.pngs() - from.pngs());
		}

		/** Sequential windows: totals over the total time. Parallel ones are summed with {@link #parallel}. */
		static Window sum(List<Window> windows) {
			return new Window(windows.stream().mapToDouble(Window::seconds).sum(),
					windows.stream().mapToLong(Window::chars).sum(), windows.stream().mapToLong(Window::syncs).sum(),
					windows.stream().mapToLong(Window::imgs).sum(), windows.stream().mapToLong(Window::pngs).sum());
		}

		/** Simultaneous windows: totals over the (common) length of the window. */
		static Window parallel(List<Window> windows) {
			return new Window(windows.stream().mapToDouble(Window::seconds).max().orElse(0),
					windows.stream().mapToLong(Window::chars).sum(), windows.stream().mapToLong(Window::syncs).sum(),
					windows.stream().mapToLong(Window::imgs).sum(), windows.stream().mapToLong(Window::pngs).sum());
		}

		double perSecond(long count) {
			return count / seconds;
		}

		double charsPerSecond() {
			return chars / seconds;
		}

		double syncsPerSecond() {
			return syncs / seconds;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%,.0f bytes/s, %.1f syncs/s (%,d bytes, %,d syncs, %,d img in %.1f s)",
					charsPerSecond(), syncsPerSecond(), chars, syncs, imgs, seconds);
		}

	}

	/** CPU of this JVM (all threads, and the benchmark's own client threads), guacd and the simulator. */
	private record Usage(long nanos, long processCpuNanos, long clientCpuNanos, long guacdCpuNanos,
			long simulatorCpuNanos, long machineBusyTicks, long machineTotalTicks, Map<Long, Long> guacdByPid,
			Map<Long, Long> simulatorByPid) {

		static Usage now() {
			long[] machine = machineTicks();
			Map<Long, Long> guacd = labCpu("guacd");
			Map<Long, Long> simulator = labCpu("plc");
			return new Usage(System.nanoTime(), ((com.sun.management.OperatingSystemMXBean) ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime(), clientCpu(), 0, 0, machine[0], machine[1], guacd,
					simulator);
		}

		/** guacd's per-connection processes come and go: only those alive at both ends are counted. */
		static Usage between(Usage from, Usage to) {
			return new Usage(to.nanos - from.nanos, to.processCpuNanos - from.processCpuNanos,
					to.clientCpuNanos - from.clientCpuNanos, delta(from.guacdByPid, to.guacdByPid),
					delta(from.simulatorByPid, to.simulatorByPid), to.machineBusyTicks - from.machineBusyTicks,
					to.machineTotalTicks - from.machineTotalTicks, Map.of(), Map.of());
		}

		private static long delta(Map<Long, Long> from, Map<Long, Long> to) {
			long sum = 0;
			for (Map.Entry<Long, Long> entry : to.entrySet()) {
				Long before = from.get(entry.getKey());
				if (before != null) {
					sum += Math.max(0, entry.getValue() - before);
				}
			}
			return sum;
		}

		/** Percent of one core. */
		double percent(long cpuNanos) {
			return 100.0 * cpuNanos / nanos;
		}

		double machinePercent() {
			return machineTotalTicks == 0 ? 0 : 100.0 * machineBusyTicks / machineTotalTicks;
		}

		private static long clientCpu() {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long sum = 0;
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				String name = thread.getName();
				if (name.startsWith(CLIENT_THREAD) || name.startsWith("HttpClient-")) {
					long cpu = threads.getThreadCpuTime(thread.getId());
					if (cpu > 0) {
						sum += cpu;
					}
				}
			}
			return sum;
		}

		/** guacd (with its per-connection children) or the simulator's processes, from LabRuntime's PID files. */
		private static Map<Long, Long> labCpu(String prefix) {
			Map<Long, Long> byPid = new HashMap<>();
			Path runs = Path.of("target/lab-runtime");
			String suffix = "-" + ProcessHandle.current().pid();
			try (Stream<Path> dirs = Files.list(runs)) {
				for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(prefix + "-")
						&& d.getFileName().toString().endsWith(suffix)).toList()) {
					try (Stream<Path> pids = Files.list(dir)) {
						for (Path pidFile : pids.filter(p -> p.toString().endsWith(".pid")).toList()) {
							long pid = Long.parseLong(Files.readString(pidFile).strip());
							byPid.put(pid, processCpu(pid));
							ProcessHandle.of(pid).ifPresent(handle -> handle.descendants()
								.forEach(child -> byPid.put(child.pid(), processCpu(child.pid()))));
						}
					}
				}
			}
			catch (IOException | NumberFormatException ex) {
				return byPid;
			}
			return byPid;
		}

		/** utime + stime of /proc/PID/stat, in nanoseconds (USER_HZ 100). */
		private static long processCpu(long pid) {
			try {
				String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
			}
			catch (IOException | RuntimeException ex) {
				return 0;
			}
		}

		/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
		private static long[] machineTicks() {
			try {
				String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				long total = 0;
				for (int i = 1; i < Math.min(fields.length, 9); i++) {
					total += Long.parseLong(fields[i]);
				}
				long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
				return new long[] { total - idle, total };
			}
			catch (IOException | RuntimeException ex) {
				return new long[] { 0, 0 };
			}
		}

	}

	private static final class Concurrent {

		final int sessions;

		Usage idle;

		Usage during;

		long rssIdleKb;

		long rssDuringMaxKb;

		double meanProcessCpuLoad;

		double allOpenSeconds;

		Window combined;

		Window slowest;

		Window fastest;

		int failed;

		Concurrent baseline;

		Concurrent(int sessions) {
			this.sessions = sessions;
		}

		@Override
		public String toString() {
			int cores = Runtime.getRuntime().availableProcessors();
			double seconds = during.nanos() / 1e9;
			Window total = combined;
			return String.format(Locale.ROOT, """
					%d concurrent tunnel sessions (%d students, %d machines all pointing at the one simulator), opened \
					one after another, all had their first sync after %.1f s; measured %.1f s:
					  combined throughput: %s; per session syncs/s min %.1f, max %.1f; sessions failed: %d
					  the same number of direct guacd sessions at once: %s; ratio tunnel/direct bytes/s %.3f, \
					syncs/s %.3f
					  app JVM CPU (%% of one core; %d cores): idle %.0f %%, during %.0f %% (getProcessCpuLoad mean \
					%.0f %% of all cores), of which the benchmark's own WebSocket clients %.0f %% → app about %.0f %%
					  app JVM RSS: idle %,d MiB, during (max) %,d MiB
					  guacd (with its per-connection processes): idle %.0f %%, during %.0f %%; simulator (Xvfb, \
					trainer, x11vnc): idle %.0f %%, during %.0f %%
					  whole machine busy: idle %.0f %%, during %.0f %% of %d cores (guacd, the simulator, the app and \
					the clients share them, with whatever else runs)""", sessions, sessions, sessions, allOpenSeconds,
					seconds, total, slowest.syncsPerSecond(), fastest.syncsPerSecond(), failed, baseline.combined,
					total.charsPerSecond() / baseline.combined.charsPerSecond(),
					total.syncsPerSecond() / baseline.combined.syncsPerSecond(), cores,
					idle.percent(idle.processCpuNanos()), during.percent(during.processCpuNanos()),
					meanProcessCpuLoad * 100, during.percent(during.clientCpuNanos()),
					during.percent(during.processCpuNanos() - during.clientCpuNanos()), rssIdleKb / 1024,
					rssDuringMaxKb / 1024, idle.percent(idle.guacdCpuNanos()), during.percent(during.guacdCpuNanos()),
					idle.percent(idle.simulatorCpuNanos()), during.percent(during.simulatorCpuNanos()),
					idle.machinePercent(), during.machinePercent(), cores);
		}

	}

	private static long rssKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			// reported as 0
		}
		return 0;
	}

	private static String percentiles(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, max %.0f ms", sorted[index(sorted, 0.50)] / 1e6,
				sorted[index(sorted, 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

	private static int index(long[] sorted, double quantile) {
		return Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
	}

	/** A Guacamole instruction: length-prefixed elements (lengths in code points), comma-separated, ';'-ended. */
	private static String instruction(String opcode, String... args) {
		StringBuilder out = new StringBuilder();
		out.append(opcode.codePointCount(0, opcode.length())).append('.').append(opcode);
		for (String arg : args) {
			out.append(',').append(arg.codePointCount(0, arg.length())).append('.').append(arg);
		}
		return out.append(';').toString();
	}

	private static Timestamp utc(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
