package cn.yrd.academy.certification.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.yrd.academy.certification.IssuerNotFoundException;
import cn.yrd.academy.certification.IssuerProfile;
import cn.yrd.academy.identity.Organizations;

/** Maps organizations to Open Badges issuer profiles and issuer ids back to organization codes. */
@Component
class Issuers {

	private final Organizations organizations;

	private final CertificationProperties properties;

	Issuers(Organizations organizations, CertificationProperties properties) {
		this.organizations = organizations;
		this.properties = properties;
	}

	IssuerProfile profile(String organizationCode) {
		return organizations.findByCode(organizationCode)
			.map(organization -> new IssuerProfile(properties.issuersUrl() + organization.code(),
					organization.name().zh() + " / " + organization.name().en(), properties.publicUrl()))
			.orElseThrow(() -> new IssuerNotFoundException(organizationCode));
	}

	/** The organization code of an issuer id of this platform; empty for anyone else's. */
	Optional<String> codeOf(String issuerId) {
		if (issuerId == null || !issuerId.startsWith(properties.issuersUrl())) {
			return Optional.empty();
		}
		String code = issuerId.substring(properties.issuersUrl().length());
		return code.matches("[A-Za-z0-9_-]{1,40}") ? Optional.of(code) : Optional.empty();
	}

	/** The organization code and list number of a status list URL of this platform. */
	Optional<StatusListId> statusListOf(String url) {
		if (url == null || !url.startsWith(properties.issuersUrl())) {
			return Optional.empty();
		}
		String[] parts = url.substring(properties.issuersUrl().length()).split("/");
		if (parts.length != 3 || !"status".equals(parts[1]) || !parts[2].matches("\\d{1,6}")) {
			return Optional.empty();
		}
		return codeOf(properties.issuersUrl() + parts[0]).map(code -> new StatusListId(code, Integer.parseInt(parts[2])));
	}

	record StatusListId(String organizationCode, int listNumber) {
	}

}
