package cn.yrd.academy.certification.internal;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.jwk.ECKey;
import cn.yrd.academy.certification.AchievementCredentials;
import cn.yrd.academy.certification.CredentialInput;
import cn.yrd.academy.certification.CredentialIssuing;
import cn.yrd.academy.certification.IssuedCredential;
import cn.yrd.academy.certification.IssuerProfile;

@Service
public class CredentialService implements CredentialIssuing {

	private final Issuers issuers;

	private final IssuerKeyStore keys;

	private final StatusLists statusLists;

	CredentialService(Issuers issuers, IssuerKeyStore keys, StatusLists statusLists) {
		this.issuers = issuers;
		this.keys = keys;
		this.statusLists = statusLists;
	}

	@Override
	public IssuerProfile issuer(String organizationCode) {
		return issuers.profile(organizationCode);
	}

	@Override
	@Transactional
	public IssuedCredential issue(String organizationCode, CredentialInput input) {
		IssuerProfile issuer = issuers.profile(organizationCode);
		// ensureList runs in a transaction of its own: when this transaction already locked the row (a second
		// credential in one transaction), it would wait for us until the lock wait timeout
		if (!statusLists.hasList(organizationCode)) {
			statusLists.ensureList(organizationCode);
		}
		// allocating first locks the organization's status list row, so a first-use key is made only once
		int index = statusLists.allocate(organizationCode);
		Map<String, Object> credential = AchievementCredentials.build(issuer, input,
				new AchievementCredentials.StatusEntry(issuer.statusListUrl(StatusLists.LIST), index));
		ECKey key = keys.activeKey(organizationCode);
		return new IssuedCredential(AchievementCredentials.sign(credential, key), credential, index, key.getKeyID());
	}

	@Override
	public void revoke(String organizationCode, int statusListIndex) {
		statusLists.revoke(organizationCode, statusListIndex);
	}

	@Override
	public String rotateKey(String organizationCode) {
		return keys.rotate(organizationCode);
	}

	/** The signed status list credential, as published; empty before the organization issued anything. */
	public Optional<String> signedStatusList(String organizationCode, int listNumber) {
		return statusLists.credential(organizationCode, listNumber)
			.map(credential -> AchievementCredentials.sign(credential, keys.activeKey(organizationCode)));
	}

	public Map<String, Object> publishedKeys(String organizationCode) {
		issuers.profile(organizationCode);
		return keys.published(organizationCode).toJSONObject(true);
	}

}
