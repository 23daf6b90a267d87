package cn.yrd.academy.identity.internal;

import java.util.List;

import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only views of organizations and training bases for pages, detached from the entities.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryViews {

	private final OrganizationRepository organizations;

	private final TrainingBaseRepository bases;

	DirectoryViews(OrganizationRepository organizations, TrainingBaseRepository bases) {
		this.organizations = organizations;
		this.bases = bases;
	}

	public record OrganizationView(long id, String code, OrganizationType type, Province province, String city,
			Bilingual name, Organization.Status status) {

		static OrganizationView of(Organization organization) {
			return new OrganizationView(organization.getId(), organization.getCode(), organization.getType(),
					organization.getProvince(), organization.getCity(),
					new Bilingual(organization.getNameZh(), organization.getNameEn()), organization.getStatus());
		}

	}

	public record BaseView(long id, String code, OrganizationView organization, Bilingual name, Province province,
			String city, String address) {

		static BaseView of(TrainingBase base) {
			return new BaseView(base.getId(), base.getCode(), OrganizationView.of(base.getOrganization()),
					new Bilingual(base.getNameZh(), base.getNameEn()), base.getProvince(), base.getCity(),
					base.getAddress());
		}

	}

	public List<OrganizationView> activeOrganizations() {
		return organizations.findByStatusOrderByProvinceAscNameZhAsc(Organization.Status.ACTIVE).stream()
			.map(OrganizationView::of)
			.toList();
	}

	public List<OrganizationView> allOrganizations() {
		return organizations.findAllByOrderByProvinceAscNameZhAsc().stream().map(OrganizationView::of).toList();
	}

	public OrganizationView organization(long id) {
		return OrganizationView.of(organizations.findById(id).orElseThrow(() -> new OrganizationNotFoundException(id)));
	}

	public List<BaseView> bases() {
		return bases.findAllByOrderByProvinceAscNameZhAsc().stream().map(BaseView::of).toList();
	}

	public List<BaseView> basesOf(long organizationId) {
		return bases.findByOrganizationIdOrderByNameZhAsc(organizationId).stream().map(BaseView::of).toList();
	}

	public BaseView base(long id) {
		return BaseView.of(bases.findWithOrganizationById(id).orElseThrow(() -> new OrganizationNotFoundException(id)));
	}

	public long organizationCount() {
		return organizations.countByStatus(Organization.Status.ACTIVE);
	}

	public long baseCount() {
		return bases.count();
	}

}
