package cn.yrd.academy.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class UserAccountTests {

	private static final int MAX_FAILURES = 5;

	private static final Duration LOCK = Duration.ofMinutes(15);

	private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");

	@Test
	void locksOnTheFifthConsecutiveFailure() {
		UserAccount account = approvedStudent();
		for (int failure = 1; failure < MAX_FAILURES; failure++) {
			assertThat(account.recordFailedLogin(T0.plusSeconds(failure), MAX_FAILURES, LOCK)).isFalse();
			assertThat(account.isLocked(T0.plusSeconds(failure))).isFalse();
		}
		Instant fifth = T0.plusSeconds(MAX_FAILURES);
		assertThat(account.recordFailedLogin(fifth, MAX_FAILURES, LOCK)).isTrue();
		assertThat(account.isLocked(fifth)).isTrue();
		assertThat(account.getLockedUntil()).isEqualTo(fifth.plus(LOCK));
	}

	@Test
	void staysLockedForTheWholeDurationAndThenOpensAgain() {
		UserAccount account = lockedAt(T0);
		assertThat(account.isLocked(T0.plus(LOCK).minusSeconds(1))).isTrue();
		assertThat(account.isLocked(T0.plus(LOCK))).isFalse();
		assertThat(account.isLocked(T0.plus(LOCK).plusSeconds(1))).isFalse();
	}

	@Test
	void failuresWhileLockedNeitherCountNorExtendTheLock() {
		UserAccount account = lockedAt(T0);
		for (int i = 1; i <= 10; i++) {
			assertThat(account.recordFailedLogin(T0.plusSeconds(i), MAX_FAILURES, LOCK)).isFalse();
		}
		assertThat(account.getLockedUntil()).isEqualTo(T0.plus(LOCK));
		Instant afterLock = T0.plus(LOCK).plusSeconds(1);
		// the counter started again when the account was locked: one more failure does not lock it
		assertThat(account.recordFailedLogin(afterLock, MAX_FAILURES, LOCK)).isFalse();
		assertThat(account.isLocked(afterLock)).isFalse();
	}

	@Test
	void successfulLoginResetsTheFailureCount() {
		UserAccount account = approvedStudent();
		failTimes(account, MAX_FAILURES - 1, T0);
		Instant success = T0.plusSeconds(60);
		account.recordSuccessfulLogin(success);
		assertThat(account.getLastLoginAt()).isEqualTo(success);

		failTimes(account, MAX_FAILURES - 1, success.plusSeconds(1));
		assertThat(account.isLocked(success.plusSeconds(10))).isFalse();
		assertThat(account.recordFailedLogin(success.plusSeconds(11), MAX_FAILURES, LOCK)).isTrue();
	}

	@Test
	void unlockOpensTheAccountAndResetsTheFailureCount() {
		UserAccount account = approvedStudent();
		failTimes(account, MAX_FAILURES - 1, T0);
		account.unlock();
		failTimes(account, MAX_FAILURES - 1, T0.plusSeconds(10));
		assertThat(account.isLocked(T0.plusSeconds(20))).isFalse();

		UserAccount locked = lockedAt(T0);
		locked.unlock();
		assertThat(locked.isLocked(T0.plusSeconds(1))).isFalse();
		assertThat(locked.getLockedUntil()).isNull();
	}

	@Test
	void approvingAPartnerEnablesTheAccount() {
		UserAccount partner = pendingPartner();
		assertThat(partner.isEnabled()).isFalse();
		partner.approve();
		assertThat(partner.getApproval()).isEqualTo(UserAccount.Approval.APPROVED);
		assertThat(partner.isEnabled()).isTrue();
	}

	@Test
	void rejectingAPartnerKeepsTheAccountDisabled() {
		UserAccount partner = pendingPartner();
		partner.reject();
		assertThat(partner.getApproval()).isEqualTo(UserAccount.Approval.REJECTED);
		assertThat(partner.isEnabled()).isFalse();
	}

	@Test
	void changingThePasswordEndsTheDemoAccount() {
		UserAccount account = approvedStudent();
		account.markAsDemoAccount();
		assertThat(account.isDemoAccount()).isTrue();
		account.changePassword("{bcrypt}new-hash");
		assertThat(account.isDemoAccount()).isFalse();
		assertThat(account.getPasswordHash()).isEqualTo("{bcrypt}new-hash");
	}

	@Test
	void academyUserOfAnApprovedAccountMaySignIn() {
		AcademyUser user = approvedStudent().toAcademyUser(T0);
		assertThat(user.id()).isEqualTo(7L);
		assertThat(user.getUsername()).isEqualTo("zhangsan");
		assertThat(user.displayName()).isEqualTo("张三");
		assertThat(user.organizationId()).isEqualTo(3L);
		assertThat(user.trainingBaseId()).isNull();
		assertThat(user.roles()).containsExactly(Role.STUDENT);
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STUDENT");
		assertThat(user.isEnabled()).isTrue();
		assertThat(user.isAccountNonLocked()).isTrue();
	}

	@Test
	void academyUserOfADisabledAccountIsNotEnabled() {
		UserAccount account = approvedStudent();
		account.disable();
		assertThat(account.toAcademyUser(T0).isEnabled()).isFalse();
		account.enable();
		assertThat(account.toAcademyUser(T0).isEnabled()).isTrue();
	}

	@Test
	void academyUserOfAnUnapprovedAccountIsNotEnabledEvenWhenEnabledByHand() {
		UserAccount pending = pendingPartner();
		pending.enable();
		assertThat(pending.toAcademyUser(T0).isEnabled()).isFalse();

		UserAccount rejected = pendingPartner();
		rejected.reject();
		rejected.enable();
		assertThat(rejected.toAcademyUser(T0).isEnabled()).isFalse();
	}

	@Test
	void academyUserIsLockedOnlyWhileTheLockLasts() {
		UserAccount account = lockedAt(T0);
		assertThat(account.toAcademyUser(T0.plusSeconds(1)).isAccountNonLocked()).isFalse();
		assertThat(account.toAcademyUser(T0.plus(LOCK)).isAccountNonLocked()).isTrue();
	}

	@Test
	void academyUserCarriesTheTrainingBaseOfALabAdmin() {
		UserAccount account = approvedStudent();
		TrainingBase base = new TrainingBase("SH-LINGANG", account.getOrganization(), "临港实训基地",
				"Lingang Training Base", Province.SH, "上海", "临港大道 1 号", T0);
		ReflectionTestUtils.setField(base, "id", 11L);
		account.changeRoles(EnumSet.of(Role.LAB_ADMIN, Role.INSTRUCTOR));
		account.assignTrainingBase(base);
		AcademyUser user = account.toAcademyUser(T0);
		assertThat(user.trainingBaseId()).isEqualTo(11L);
		assertThat(user.roles()).containsExactlyInAnyOrder(Role.LAB_ADMIN, Role.INSTRUCTOR);
	}

	private static void failTimes(UserAccount account, int times, Instant from) {
		for (int i = 0; i < times; i++) {
			account.recordFailedLogin(from.plusSeconds(i), MAX_FAILURES, LOCK);
		}
	}

	/** An account whose fifth failure came at {@code lockedAt}. */
	private static UserAccount lockedAt(Instant lockedAt) {
		UserAccount account = approvedStudent();
		failTimes(account, MAX_FAILURES - 1, lockedAt.minusSeconds(MAX_FAILURES));
		assertThat(account.recordFailedLogin(lockedAt, MAX_FAILURES, LOCK)).isTrue();
		return account;
	}

	private static UserAccount approvedStudent() {
		return account("zhangsan", "张三", Set.of(Role.STUDENT), UserAccount.Approval.APPROVED);
	}

	private static UserAccount pendingPartner() {
		return account("lisi", "李四", Set.of(Role.PARTNER), UserAccount.Approval.PENDING);
	}

	private static UserAccount account(String username, String displayName, Set<Role> roles,
			UserAccount.Approval approval) {
		Organization organization = new Organization("SJTU", OrganizationType.UNIVERSITY, Province.SH, "上海",
				"上海交通大学", "Shanghai Jiao Tong University", Organization.Status.ACTIVE, T0);
		// ids come from the database; set them as JPA would after saving
		ReflectionTestUtils.setField(organization, "id", 3L);
		UserAccount account = new UserAccount(username, displayName, username + "@example.cn", null, organization,
				"{bcrypt}hash", "zh-CN", roles, approval, T0);
		ReflectionTestUtils.setField(account, "id", 7L);
		return account;
	}

}
