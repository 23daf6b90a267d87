package cn.yrd.academy.identity.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.yrd.academy.shared.time.ClusterTime;
import cn.yrd.academy.shared.web.LocaleConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real security configuration, login handlers, locale and time formatting for web slices of any
 * module; the slice still mocks ApiTokens, LoginStatus and UserDetailsService.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ SecurityConfiguration.class, LoginFailureHandler.class, LoginSuccessHandler.class, ClusterTime.class,
		LocaleConfiguration.class })
public @interface SliceSecurity {
}
