package cn.yrd.academy.identity.web;

import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.ApiTokens;
import cn.yrd.academy.identity.internal.IdentityProperties;
import cn.yrd.academy.identity.internal.LoginThrottle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: API calls a page makes in its session (with CSRF) or a script with a bearer token; the
 * rest of {@code /api}, stateless with bearer tokens; and browser sessions with a login form and CSRF
 * protection everywhere else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/** API paths that accept the browser session as well as bearer tokens; see {@link #sessionApiChain}. */
	static final String[] SESSION_API_PATHS = { "/api/v1/bookings/*/connect-token",
			"/api/v1/remote-sessions", "/api/v1/remote-sessions/*/observe-token", "/api/v1/remote-sessions/*/end" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The manager behind the login form, also used by the token endpoint; it publishes login events. */
	@Bean
	AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) throws Exception {
		return configuration.getAuthenticationManager();
	}

	@Bean
	LoginThrottle loginThrottle(IdentityProperties properties) {
		return new LoginThrottle(properties.loginThrottle().attemptsPerMinute(),
				properties.loginThrottle().trackedClients());
	}

	/**
	 * API calls that the lab page makes with its session, because what they issue is bound to that session (a
	 * remote connect token); scripts call them with a bearer token, and then no CSRF token is needed: a
	 * cross-site page cannot set an Authorization header.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain sessionApiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		ApiProblemResponses problems = new ApiProblemResponses();
		http.securityMatcher(SESSION_API_PATHS)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
				String header = request.getHeader("Authorization");
				return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
			}))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, LoginThrottle throttle) throws Exception {
		ApiProblemResponses problems = new ApiProblemResponses();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				// anyone may check a credential: employers have no account; the endpoint throttles per address
				.requestMatchers(HttpMethod.POST, "/api/v1/verify").permitAll()
				.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, LoginThrottle throttle, LoginFailureHandler failureHandler,
			LoginSuccessHandler successHandler) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/login", "/register", "/register/**", "/error", "/webjars/**", "/css/**",
					"/js/**", "/images/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
			.permitAll()
			// the API's OpenAPI description is public, like any API reference
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
			// calendar apps fetch the feed without a session; its secret token is the only key
			.requestMatchers("/ical/**").permitAll()
			// issuer profiles, their public keys and revocation lists are published for any verifier
			.requestMatchers(HttpMethod.GET, "/issuers/**").permitAll()
			// certificate verification (by number, link, pasted or uploaded credential) and the published
			// achievements need no account; credential downloads decide for themselves (a shared .jwt is public)
			.requestMatchers("/verify", "/verify/**").permitAll()
			.requestMatchers(HttpMethod.GET, "/certifications/**", "/credentials/**").permitAll()
			.requestMatchers("/issuer/**").hasAnyRole(Role.LAB_ADMIN.name(), Role.CLUSTER_ADMIN.name())
			// the Guacamole JavaScript client; and the remote tunnel, whose one-time connect token (bound to the
			// HTTP session that asked for it) is checked by the tunnel's handshake before anything opens
			.requestMatchers("/guacamole/**", "/remote/tunnel").permitAll()
			.requestMatchers("/admin/**").hasRole(Role.CLUSTER_ADMIN.name())
			.requestMatchers("/partner/**").hasRole(Role.PARTNER.name())
			// the talent pool: companies search and ask, students consent and answer; "/talent/requests/sent"
			// is the company's list, so it comes before the students' "/talent/requests/*/**"
			.requestMatchers("/talent/search", "/talent/profiles/**", "/talent/requests/sent")
			.hasRole(Role.PARTNER.name())
			.requestMatchers("/talent/profile", "/talent/profile/**", "/talent/requests", "/talent/requests/*/**")
			.hasRole(Role.STUDENT.name())
			.requestMatchers("/labadmin/**").hasAnyRole(Role.LAB_ADMIN.name(), Role.CLUSTER_ADMIN.name())
			.requestMatchers("/actuator/**").hasRole(Role.CLUSTER_ADMIN.name())
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.failureHandler(failureHandler)
				.successHandler(successHandler)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

}
