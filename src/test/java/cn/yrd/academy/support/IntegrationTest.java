package cn.yrd.academy.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the embedded MariaDB, served on a random port, with the demo cluster.
 * Every integration and browser test uses exactly this configuration, so they share one context.
 * Mail is on, sent to the {@link TestMail} server in this JVM; remote sessions go through the real guacd of
 * {@link TestLabRuntime}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@ContextConfiguration(initializers = { TestMail.class, TestLabRuntime.class })
public @interface IntegrationTest {
}
