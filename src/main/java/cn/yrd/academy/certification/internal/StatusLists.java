package cn.yrd.academy.certification.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.yrd.academy.certification.AchievementCredentials;
import cn.yrd.academy.certification.BitstringStatusList;
import cn.yrd.academy.certification.CredentialVerifier;
import cn.yrd.academy.certification.IssuerProfile;

/**
 * The organizations' revocation lists. One list of {@value BitstringStatusList#DEFAULT_BITS} entries per
 * organization for now (list number 1); a later list number can be added when one fills up.
 */
@Component
class StatusLists implements CredentialVerifier.RevocationStatus {

	static final int LIST = 1;

	private final StatusListRepository lists;

	private final Issuers issuers;

	private final Clock clock;

	StatusLists(StatusListRepository lists, Issuers issuers, Clock clock) {
		this.lists = lists;
		this.issuers = issuers;
		this.clock = clock;
	}

	/**
	 * Creates the organization's list unless it exists, in a transaction of its own: the shared lock that
	 * {@code INSERT IGNORE} takes on an existing row must be gone before {@link #allocate} locks the row for update,
	 * or two first issuances deadlock.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void ensureList(String organizationCode) {
		lists.createIfAbsent(organizationCode, LIST, BitstringStatusList.empty(BitstringStatusList.DEFAULT_BITS).toBytes(),
				clock.instant());
	}

	/**
	 * Whether the organization's list exists; a plain read that takes no lock, so a transaction that already holds
	 * the row for update (it issued before) can ask without waiting for itself in {@link #ensureList}.
	 */
	@Transactional
	boolean hasList(String organizationCode) {
		return lists.existsByOrganizationCodeAndListNumber(organizationCode, LIST);
	}

	/** The next free index; locks the list row until the caller's transaction ends. */
	@Transactional
	int allocate(String organizationCode) {
		StatusList list = lists.findForUpdateByOrganizationCodeAndListNumber(organizationCode, LIST)
			.orElseThrow(() -> new IllegalStateException("No status list for " + organizationCode));
		int index = list.allocate(clock.instant());
		if (index < 0) {
			throw new IllegalStateException("The status list of " + organizationCode + " is full");
		}
		return index;
	}

	@Transactional
	void revoke(String organizationCode, int index) {
		StatusList list = lists.findForUpdateByOrganizationCodeAndListNumber(organizationCode, LIST)
			.orElseThrow(() -> new IllegalArgumentException("No credential of " + organizationCode + " has a status"));
		list.revoke(index, clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Boolean> isRevoked(String statusListCredential, int index) {
		return issuers.statusListOf(statusListCredential)
			.flatMap(id -> lists.findByOrganizationCodeAndListNumber(id.organizationCode(), id.listNumber()))
			.filter(list -> list.wasHandedOut(index))
			.map(list -> list.bitstring().isSet(index));
	}

	/** The unsigned status list credential of the organization's list, as published. */
	@Transactional(readOnly = true)
	Optional<Map<String, Object>> credential(String organizationCode, int listNumber) {
		IssuerProfile issuer = issuers.profile(organizationCode);
		return lists.findByOrganizationCodeAndListNumber(organizationCode, listNumber).map(list -> {
			String url = issuer.statusListUrl(listNumber);
			Map<String, Object> subject = new LinkedHashMap<>();
			subject.put("id", url + "#list");
			subject.put("type", "BitstringStatusList");
			subject.put("statusPurpose", "revocation");
			subject.put("encodedList", list.bitstring().encode());
			Map<String, Object> credential = new LinkedHashMap<>();
			credential.put("@context", List.of(AchievementCredentials.VC_CONTEXT));
			credential.put("id", url);
			credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
			credential.put("issuer", Map.of("id", issuer.id(), "type", List.of("Profile"), "name", issuer.name()));
			credential.put("validFrom", AchievementCredentials.timestamp(list.updatedAt()));
			credential.put("credentialSubject", subject);
			return credential;
		});
	}

}
