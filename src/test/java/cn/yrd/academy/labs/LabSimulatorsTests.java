package cn.yrd.academy.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The lab machine simulators under {@code lab-images/<image>/sim/} are single-file Java programs run with
 * {@code java File.java}; each has a headless {@code --self-test}. These tests run it with the JDK running the
 * build, as the lab desktop would, and require that it names the checks it ran and that all of them passed.
 */
class LabSimulatorsTests {

	private static final Pattern SUMMARY = Pattern.compile("(\\d+) checks, (\\d+) passed, (\\d+) failed");

	@Test
	void plcTrainerInterpreterPassesItsSelfTest() throws Exception {
		SelfTest run = selfTest("lab-images/plc-s7-1200/sim/PlcTrainer.java");

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("PASS il.and", "PASS il.or", "PASS il.andn-orn", "PASS il.not-ldn-stn",
				"PASS il.set-reset-latch", "PASS il.memory-bits", "PASS il.ton-timing", "PASS il.clock-memory",
				"PASS parse.error-line-numbers", "PASS example.traffic-light-sequence");
		assertAllPassed(run, 12);
	}

	@Test
	void robotJogMotionModelPassesItsSelfTest() throws Exception {
		SelfTest run = selfTest("lab-images/robot-welding-cell/sim/RobotJog.java");

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("PASS kinematics.forward", "PASS kinematics.inverse-round-trip",
				"PASS limits.jog-stops-at-limit", "PASS teach.list", "PASS playback.joint-interpolation",
				"PASS playback.linear-straight-line", "PASS playback.visits-points-in-order");
		assertAllPassed(run, 10);
	}

	/** The summary line must agree with the PASS lines, so a self-test that ran nothing cannot pass. */
	private static void assertAllPassed(SelfTest run, int atLeast) {
		Matcher summary = SUMMARY.matcher(run.output());
		assertThat(summary.find()).as("summary line in:%n%s", run.output()).isTrue();
		int checks = Integer.parseInt(summary.group(1));
		assertThat(checks).as(run.output()).isGreaterThanOrEqualTo(atLeast);
		assertThat(Integer.parseInt(summary.group(2))).as(run.output()).isEqualTo(checks);
		assertThat(summary.group(3)).isEqualTo("0");
		assertThat(run.output().lines().filter(line -> line.startsWith("PASS ")).count()).isEqualTo(checks);
		assertThat(run.output()).doesNotContain("FAIL ");
	}

	private static SelfTest selfTest(String sourceFile) throws IOException, InterruptedException {
		Path source = Path.of(sourceFile).toAbsolutePath();
		assertThat(source).as("simulator source (tests run from the project directory)").isRegularFile();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
				source.toString(), "--self-test")
			.redirectErrorStream(true)
			.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		boolean exited = process.waitFor(2, TimeUnit.MINUTES);
		if (!exited) {
			process.destroyForcibly();
		}
		assertThat(exited).as("self-test of %s did not end:%n%s", source.getFileName(), output).isTrue();
		return new SelfTest(process.exitValue(), output);
	}

	private record SelfTest(int exitCode, String output) {
	}

}
