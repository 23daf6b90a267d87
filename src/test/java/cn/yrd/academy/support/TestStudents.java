package cn.yrd.academy.support;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.Registrations.NewAccount;
import cn.yrd.academy.identity.internal.UserAccount;

/**
 * Fresh student accounts with unique names. Tests share one database, so each test makes the
 * accounts it changes and leaves the demo accounts alone.
 */
public final class TestStudents {

	/** A password the policy accepts and that contains none of the generated usernames. */
	public static final String PASSWORD = "Werkbank-2025!";

	/** The demo organization new students join: 宁波职业技术学院. */
	public static final String ORGANIZATION_CODE = "NBPT";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final Registrations registrations;

	private final OrganizationRepository organizations;

	public TestStudents(Registrations registrations, OrganizationRepository organizations) {
		this.registrations = registrations;
		this.organizations = organizations;
	}

	/**
	 * A username no other test uses: the prefix, a counter and a random part, within the 32
	 * characters the username rule allows.
	 */
	public static String uniqueUsername(String prefix) {
		String random = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
		String name = prefix + "-" + COUNTER.incrementAndGet() + "-" + random;
		return name.substring(0, Math.min(name.length(), 32));
	}

	/** Registers a student of 宁波职业技术学院 with {@link #PASSWORD}. */
	public UserAccount register(String usernamePrefix) {
		String username = uniqueUsername(usernamePrefix);
		return registrations.registerStudent(new NewAccount(username, "测试学员" + COUNTER.get(),
				username + "@example.cn", null, PASSWORD, Locale.SIMPLIFIED_CHINESE), organizationId());
	}

	public long organizationId() {
		return organizations.findByCode(ORGANIZATION_CODE).orElseThrow().getId();
	}

}
