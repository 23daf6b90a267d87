package cn.yrd.academy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lab runtime of the tests: a real guacd and a real VNC lab machine on loopback, started once per test JVM
 * when a test first asks for them and stopped with the JVM. guacd 1.3.0 is installed from Debian bullseye into
 * {@code .runtime/guacd} (git-ignored) by {@code src/test/resources/lab-runtime/install-guacd.sh}; the VNC
 * machine is Xvfb with an animated xclock (run as {@code nobody}), served by x11vnc with the demo password.
 * <p>
 * A minimal stand-in with the API of the shared lab runtime, which replaces it when the branches meet.
 */
public final class LabRuntime {

	public record Endpoint(String host, int port) {
	}

	/** The demo machines' VNC password (a clearly marked demo value). */
	public static final String VNC_PASSWORD = "lab-demo";

	private static final Path RUNTIME = Path.of(".runtime").toAbsolutePath();

	private static final Path GUACD_PREFIX = RUNTIME.resolve("guacd");

	private static final String HOST = "127.0.0.1";

	private static final List<Process> started = new ArrayList<>();

	private static Integer guacdPort;

	private static Endpoint guacd;

	private static Endpoint vnc;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(LabRuntime::stopAll));
	}

	private LabRuntime() {
	}

	/** The port guacd will listen on, chosen before it starts so the application can be configured first. */
	static synchronized int guacdPort() {
		if (guacdPort == null) {
			guacdPort = freePort();
		}
		return guacdPort;
	}

	public static synchronized Endpoint guacd() {
		if (guacd == null) {
			installGuacd();
			Path lib = GUACD_PREFIX.resolve("usr/lib/x86_64-linux-gnu");
			start(Map.of("LD_LIBRARY_PATH", lib.toString()), "guacd", GUACD_PREFIX.resolve("usr/sbin/guacd").toString(),
					"-f", "-b", HOST, "-l", Integer.toString(guacdPort()));
			awaitPort(guacdPort(), "guacd");
			guacd = new Endpoint(HOST, guacdPort());
		}
		return guacd;
	}

	/** A VNC desktop with an animated clock, password {@link #VNC_PASSWORD}. */
	public static synchronized Endpoint plcSimulator() {
		if (vnc == null) {
			require("/usr/bin/Xvfb", "xvfb");
			require("/usr/bin/x11vnc", "x11vnc");
			require("/usr/bin/xclock", "x11-apps");
			int display = freeDisplay();
			String name = ":" + display;
			start(Map.of(), "xvfb", "Xvfb", name, "-screen", "0", "1024x768x24", "-nolisten", "tcp");
			awaitFile(Path.of("/tmp/.X11-unix/X" + display), "Xvfb");
			start(Map.of("DISPLAY", name), "xclock", "setpriv", "--reuid=nobody", "--regid=nogroup",
					"--clear-groups", "xclock", "-geometry", "600x600+200+80", "-update", "1");
			Path passwordFile = RUNTIME.resolve("vnc-" + display + ".passwd");
			run("x11vnc", "-storepasswd", VNC_PASSWORD, passwordFile.toString());
			int port = freePort();
			start(Map.of(), "x11vnc", "x11vnc", "-display", name, "-rfbport", Integer.toString(port), "-localhost",
					"-rfbauth", passwordFile.toString(), "-forever", "-shared", "-noxdamage");
			awaitPort(port, "x11vnc");
			vnc = new Endpoint(HOST, port);
		}
		return vnc;
	}

	/** Not part of this stand-in: the shared lab runtime brings the SSH target. */
	public static Endpoint sshTarget() {
		throw new UnsupportedOperationException("The SSH lab target comes with the shared LabRuntime");
	}

	private static void installGuacd() {
		if (Files.isExecutable(GUACD_PREFIX.resolve("usr/sbin/guacd"))) {
			return;
		}
		if (!"root".equals(System.getProperty("user.name"))) {
			throw new IllegalStateException("guacd is not installed in " + GUACD_PREFIX + "; as root run "
					+ "src/test/resources/lab-runtime/install-guacd.sh .runtime/guacd");
		}
		run("bash", "src/test/resources/lab-runtime/install-guacd.sh", GUACD_PREFIX.toString());
	}

	private static void require(String path, String debianPackage) {
		if (!Files.isExecutable(Path.of(path))) {
			throw new IllegalStateException(path + " is missing: apt-get install -y " + debianPackage);
		}
	}

	private static Process start(Map<String, String> environment, String name, String... command) {
		try {
			Files.createDirectories(RUNTIME);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(RUNTIME.resolve(name + ".log").toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			started.add(process);
			return process;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).inheritIO().start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitPort(int port, String what) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(HOST, port), 200);
				return;
			}
			catch (IOException notYet) {
				pause();
			}
		}
		throw new IllegalStateException(what + " did not listen on " + port + "; see " + RUNTIME);
	}

	private static void awaitFile(Path file, String what) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!Files.exists(file)) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(what + " did not start; see " + RUNTIME);
			}
			pause();
		}
	}

	private static int freeDisplay() {
		for (int display = 90; display < 200; display++) {
			if (!Files.exists(Path.of("/tmp/.X11-unix/X" + display)) && !Files.exists(Path.of("/tmp/.X" + display + "-lock"))) {
				return display;
			}
		}
		throw new IllegalStateException("No free X display between :90 and :199");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Stops what this class started, newest first (the desktop's programs before the X server). */
	private static synchronized void stopAll() {
		for (int i = started.size() - 1; i >= 0; i--) {
			Process process = started.get(i);
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
		}
	}

}
