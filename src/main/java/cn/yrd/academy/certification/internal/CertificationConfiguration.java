package cn.yrd.academy.certification.internal;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.yrd.academy.certification.CredentialVerifier;
import cn.yrd.academy.certification.OpenBadgesSchema;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificationProperties.class)
class CertificationConfiguration {

	@Bean
	OpenBadgesSchema openBadgesSchema() {
		return new OpenBadgesSchema();
	}

	@Bean
	CredentialVerifier credentialVerifier(IssuerKeyStore keys, StatusLists statusLists, OpenBadgesSchema schema,
			Clock clock) {
		return new CredentialVerifier(keys, statusLists, schema, clock);
	}

	@Bean
	VerificationThrottle verificationThrottle(CertificationProperties properties) {
		return new VerificationThrottle(properties.verificationsPerMinute(), properties.trackedClients());
	}

}
