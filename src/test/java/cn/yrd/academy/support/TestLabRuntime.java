package cn.yrd.academy.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the shared integration context at the real guacd of this test JVM ({@link LabRuntime#guacd()}), as
 * {@code bin/academy run} points the demo at its own. Listed as an initializer of {@link IntegrationTest}, it
 * belongs to the one shared context and adds no variant.
 */
public final class TestLabRuntime implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LabRuntime.Endpoint guacd = LabRuntime.guacd();
		TestPropertyValues.of("academy.remote.guacd.host=" + guacd.host(), "academy.remote.guacd.port=" + guacd.port())
			.applyTo(context);
	}

}
