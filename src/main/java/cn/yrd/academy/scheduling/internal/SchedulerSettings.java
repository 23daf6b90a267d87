package cn.yrd.academy.scheduling.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;

/**
 * Where the scheduler's files are ({@code academy.scheduler.dir}, default {@code scheduler/}): {@code jobs.yaml}
 * and {@code quartz.properties}, the cluster settings given to Quartz as they are.
 */
@ConfigurationProperties("academy.scheduler")
record SchedulerSettings(@DefaultValue("scheduler") Path dir) {

	Path jobsFile() {
		return dir.resolve("jobs.yaml");
	}

	Path quartzProperties() {
		return dir.resolve("quartz.properties");
	}

	/** Gives Quartz the cluster settings of {@code quartz.properties}; the job store is Spring's, on our DataSource. */
	SchedulerFactoryBeanCustomizer customizer() {
		return factory -> {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(quartzProperties())) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read " + quartzProperties().toAbsolutePath()
						+ ": the scheduler's cluster settings; set academy.scheduler.dir to the folder holding it", ex);
			}
			factory.setQuartzProperties(properties);
		};
	}

}
