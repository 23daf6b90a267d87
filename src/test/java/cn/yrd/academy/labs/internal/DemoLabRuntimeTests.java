package cn.yrd.academy.labs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import cn.yrd.academy.support.LabRuntime;
import org.junit.jupiter.api.Test;

/**
 * The demo machines and what serves them agree: bin/academy starts a simulator on every demo machine's port,
 * and the tests' lab runtime logs in with the demo account.
 */
class DemoLabRuntimeTests {

	private static final Pattern MACHINE = Pattern.compile("\\b([a-z][a-z0-9-]+):((?:59|22)\\d\\d)\\b");

	@Test
	void binAcademyStartsASimulatorOnEveryDemoMachinesPort() throws Exception {
		String script = Files.readString(Path.of("bin/academy"));
		List<String> started = MACHINE.matcher(script).results().map(match -> match.group(1) + ":" + match.group(2))
			.toList();
		List<String> seeded = DemoMachines.plan().stream().map(seed -> seed.imageCode() + ":" + seed.port()).toList();
		assertThat(started).containsExactlyInAnyOrderElementsOf(seeded);
	}

	@Test
	void labRuntimeUsesTheDemoAccount() {
		assertThat(LabRuntime.PASSWORD).isEqualTo(DemoMachines.DEMO_PASSWORD);
		assertThat(LabRuntime.SSH_USER).isEqualTo(DemoMachines.DEMO_SSH_USER);
	}

}
