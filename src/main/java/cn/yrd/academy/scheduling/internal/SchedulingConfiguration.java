package cn.yrd.academy.scheduling.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerSettings.class)
class SchedulingConfiguration {

	@Bean
	SchedulerFactoryBeanCustomizer clusterSettings(SchedulerSettings settings) {
		return settings.customizer();
	}

}
