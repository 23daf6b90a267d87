package cn.yrd.academy.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.AccountViews;
import cn.yrd.academy.identity.internal.ApiTokens;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.DirectoryViews;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.identity.internal.DirectoryViews.OrganizationView;
import cn.yrd.academy.identity.internal.LoginStatus;
import cn.yrd.academy.identity.internal.Organization;
import cn.yrd.academy.identity.internal.PasswordChanges;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.shared.time.ClusterTime;
import cn.yrd.academy.shared.web.LocaleConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The identity module's controllers with the real security configuration, layout and message
 * bundles, and every service mocked. All slices extend this class unchanged, so they share one
 * cached context; the embedded database is not started.
 */
@WebMvcTest(controllers = { AccountController.class, AdminController.class, ApiAuthController.class,
		ApprovalController.class, AuditLogController.class, HomeController.class, LoginController.class,
		OrganizationAdminController.class, RegistrationController.class, TrainingBaseAdminController.class,
		UserAdminController.class }, properties = WebSliceTest.NO_DATABASE)
@Import({ SecurityConfiguration.class, LoginFailureHandler.class, LoginSuccessHandler.class, ClusterTime.class,
		LocaleConfiguration.class })
abstract class WebSliceTest {

	static final String NO_DATABASE = "academy.database.embedded.enabled=false";

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@MockitoBean
	Registrations registrations;

	@MockitoBean
	DirectoryViews directoryViews;

	@MockitoBean
	AccountViews accountViews;

	@MockitoBean
	AccountAdministration administration;

	@MockitoBean
	Directory directory;

	@MockitoBean
	ApiTokens apiTokens;

	@MockitoBean
	LoginStatus loginStatus;

	@MockitoBean
	PasswordChanges passwordChanges;

	@MockitoBean
	UserDetailsService userDetailsService;

	/** A signed-in user as the login would create one, holding the given roles. */
	static RequestPostProcessor signedInAs(Role... roles) {
		return user(academyUser(roles));
	}

	static AcademyUser academyUser(Role... roles) {
		return new AcademyUser(42L, "wangwu", "王五", 1L, null, EnumSet.copyOf(List.of(roles)), null, true, true);
	}

	static OrganizationView organization(long id, String code, String nameZh, String nameEn) {
		return new OrganizationView(id, code, OrganizationType.UNIVERSITY, Province.SH, "上海",
				new Bilingual(nameZh, nameEn), Organization.Status.ACTIVE);
	}

	String zh(String key, Object... arguments) {
		return messages.getMessage(key, arguments, ZH);
	}

	/** The error shown under a form field, or {@code null} when the field has none. */
	static String fieldError(Document page, String field) {
		Element error = page.selectFirst("#" + field + " ~ .invalid-feedback");
		return error == null ? null : error.text();
	}

	static Document html(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
