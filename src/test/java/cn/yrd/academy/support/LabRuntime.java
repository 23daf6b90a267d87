package cn.yrd.academy.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The real remote-access runtime for tests, as {@code bin/academy run} starts it for the demo: guacd from
 * {@code .runtime/guacd} and lab machines started by the images' own {@code sim/start} scripts. Each piece
 * starts once per test JVM, on a free port of 127.0.0.1, and is stopped by PID when the JVM exits. Anything
 * missing fails the test with the command that installs it; nothing is skipped and nothing is faked.
 */
public final class LabRuntime {

	/** The demo lab machines' password (DemoMachines.DEMO_PASSWORD): VNC and the SSH account. */
	public static final String PASSWORD = "lab-demo";

	/** DemoMachines' SSH demo account. */
	public static final String SSH_USER = "student";

	static final String HOST = "127.0.0.1";

	private static final Path ROOT = Path.of("").toAbsolutePath();

	private static final Path RUNS = ROOT.resolve("target/lab-runtime");

	private static final String INSTALL = "Run 'bin/academy test' (it installs guacd and the lab machine packages) "
			+ "or 'sudo bin/academy lab install'.";

	/** Stop order: the VNC server before the program before the X server. */
	private static final List<String> PID_FILES = List.of("x11vnc", "program", "xvfb", "sshd", "guacd");

	private static final List<Path> runDirs = new ArrayList<>();

	private static Endpoint guacd;

	private static Endpoint plcSimulator;

	private static Endpoint sshTarget;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(LabRuntime::stopAll, "lab-runtime-stop"));
	}

	private LabRuntime() {
	}

	public record Endpoint(String host, int port) {
	}

	/** guacd from .runtime/guacd, started once per test JVM on a free port; stopped at JVM exit. */
	public static synchronized Endpoint guacd() {
		if (guacd == null) {
			guacd = startGuacd();
		}
		return guacd;
	}

	/**
	 * One PLC trainer simulator (Xvfb + the PLC program + x11vnc) on a free display and port, VNC password
	 * "lab-demo"; started once per test JVM.
	 */
	public static synchronized Endpoint plcSimulator() {
		if (plcSimulator == null) {
			Path image = ROOT.resolve("lab-images/plc-s7-1200/sim");
			if (!Files.isRegularFile(image.resolve("PlcTrainer.java"))) {
				throw new IllegalStateException(
						"lab-images/plc-s7-1200/sim/PlcTrainer.java missing: the PLC trainer simulator is not in this "
								+ "checkout, so there is no VNC lab machine to test against.");
			}
			int port = freePort();
			Path dir = runDir("plc-" + port);
			runStart(image.resolve("start"), dir, String.valueOf(freeDisplay()), String.valueOf(port), PASSWORD,
					dir.toString());
			plcSimulator = new Endpoint(HOST, port);
		}
		return plcSimulator;
	}

	/** An SSH target on a free port: user and password as DemoMachines' SSH demo account. */
	public static synchronized Endpoint sshTarget() {
		if (sshTarget == null) {
			int port = freePort();
			Path dir = runDir("ssh-" + port);
			runStart(ROOT.resolve("lab-images/iiot-edge-gateway/sim/start"), dir, dir.toString(),
					String.valueOf(port));
			sshTarget = new Endpoint(HOST, port);
		}
		return sshTarget;
	}

	private static Endpoint startGuacd() {
		Path guacdBinary = ROOT.resolve(".runtime/guacd/usr/sbin/guacd");
		Path libraries = libraryDir(ROOT.resolve(".runtime/guacd/usr/lib"));
		if (!Files.isExecutable(guacdBinary) || libraries == null) {
			throw new IllegalStateException("guacd is not installed in " + ROOT.resolve(".runtime/guacd") + ". "
					+ INSTALL);
		}
		int port = freePort();
		Path dir = runDir("guacd-" + port);
		Path log = dir.resolve("guacd.log");
		ProcessBuilder builder = new ProcessBuilder(guacdBinary.toString(), "-f", "-b", HOST, "-l",
				String.valueOf(port))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
		builder.environment().put("LD_LIBRARY_PATH", libraries.toString());
		Process process;
		try {
			process = builder.start();
			Files.writeString(dir.resolve("guacd.pid"), String.valueOf(process.pid()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + guacdBinary + ". " + INSTALL, ex);
		}
		Process started = process;
		awaitPort(port, Duration.ofSeconds(10), started::isAlive, log);
		return new Endpoint(HOST, port);
	}

	private static Path libraryDir(Path lib) {
		if (!Files.isDirectory(lib)) {
			return null;
		}
		try (Stream<Path> dirs = Files.list(lib)) {
			return dirs.filter(dir -> Files.isRegularFile(dir.resolve("libguac.so.19"))).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Runs an image's start script, which returns once its machine answers. */
	private static void runStart(Path script, Path dir, String... args) {
		if (!Files.isExecutable(script)) {
			throw new IllegalStateException(script + " missing or not executable.");
		}
		List<String> command = new ArrayList<>(List.of(script.toString()));
		command.addAll(List.of(args));
		Path log = dir.resolve("start.log");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
				.start();
			if (!process.waitFor(150, TimeUnit.SECONDS)) {
				process.destroy();
				throw new IllegalStateException(script + " did not finish within 150 s; see " + dir);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(ROOT.relativize(script) + " failed (exit " + process.exitValue()
						+ "): " + Files.readString(log, StandardCharsets.UTF_8).strip() + "\n" + INSTALL);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + script + ". " + INSTALL, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Path runDir(String name) {
		try {
			Path dir = Files.createDirectories(RUNS.resolve(name + "-" + ProcessHandle.current().pid()));
			runDirs.add(dir);
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitPort(int port, Duration timeout, BooleanSupplier alive, Path log) {
		Instant deadline = Instant.now().plus(timeout);
		while (!answers(port)) {
			if (!alive.getAsBoolean() || Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Nothing answers on " + HOST + ":" + port + "; log " + log + ":\n"
						+ tail(log) + "\n" + INSTALL);
			}
			sleep(Duration.ofMillis(50));
		}
	}

	static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An X display number with no lock file and no socket, above the ones 'bin/academy run' uses. */
	private static int freeDisplay() {
		for (int display = 200; display < 400; display++) {
			if (!Files.exists(Path.of("/tmp/.X" + display + "-lock"))
					&& !Files.exists(Path.of("/tmp/.X11-unix/X" + display))) {
				return display;
			}
		}
		throw new IllegalStateException("No free X display between :200 and :399");
	}

	/** Stops everything started, by the PIDs in the run folders, and only processes still of that name. */
	private static synchronized void stopAll() {
		List<ProcessHandle> stopping = new ArrayList<>();
		for (Path dir : runDirs) {
			for (String name : PID_FILES) {
				pid(dir.resolve(name + ".pid")).flatMap(ProcessHandle::of)
					.filter(process -> isNamed(process, name))
					.ifPresent(process -> {
						process.destroy();
						stopping.add(process);
					});
			}
		}
		Instant deadline = Instant.now().plusSeconds(5);
		for (ProcessHandle process : stopping) {
			while (process.isAlive() && Instant.now().isBefore(deadline)) {
				sleep(Duration.ofMillis(20));
			}
			if (process.isAlive()) {
				process.destroyForcibly();
			}
		}
	}

	private static boolean isNamed(ProcessHandle process, String pidFile) {
		String expected = switch (pidFile) {
			case "xvfb" -> "Xvfb";
			case "program" -> "java";
			default -> pidFile;
		};
		return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith(expected))
			.orElse(true);
	}

	private static Optional<Long> pid(Path file) {
		try {
			return Files.isRegularFile(file) ? Optional.of(Long.parseLong(Files.readString(file).strip()))
					: Optional.empty();
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
