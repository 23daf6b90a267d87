package cn.yrd.academy.identity.internal;

import java.util.List;
import java.util.Optional;

import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaOrganizations implements Organizations {

	private final OrganizationRepository organizations;

	JpaOrganizations(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	@Override
	public Optional<OrganizationSummary> find(long id) {
		return organizations.findById(id).filter(Organization::isActive).map(JpaOrganizations::summary);
	}

	@Override
	public Optional<OrganizationSummary> findByCode(String code) {
		return organizations.findByCode(code).filter(Organization::isActive).map(JpaOrganizations::summary);
	}

	@Override
	public List<OrganizationSummary> active() {
		return organizations.findByStatusOrderByProvinceAscNameZhAsc(Organization.Status.ACTIVE).stream()
			.map(JpaOrganizations::summary)
			.toList();
	}

	private static OrganizationSummary summary(Organization organization) {
		return new OrganizationSummary(organization.getId(), organization.getCode(),
				new Bilingual(organization.getNameZh(), organization.getNameEn()), organization.getProvince(),
				organization.getType());
	}

}
