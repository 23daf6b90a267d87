package cn.yrd.academy.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the shared test context at the test guacd of {@link LabRuntime}. Only the port is chosen here; guacd
 * starts when a test first asks {@link LabRuntime#guacd()}, so tests without remote sessions need none of it.
 */
public final class TestLabRuntime implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("academy.remote.guacd.host=127.0.0.1",
				"academy.remote.guacd.port=" + LabRuntime.guacdPort()).applyTo(context);
	}

}
