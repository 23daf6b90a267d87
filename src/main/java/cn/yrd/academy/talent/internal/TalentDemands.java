package cn.yrd.academy.talent.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.certification.CertificationCatalog;
import cn.yrd.academy.certification.CertificationCatalog.Certification;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner companies post, edit, close and reopen their talent demands. A company sees only its own: another
 * company's demand is "not found". Bad content is refused whole, nothing is saved.
 */
@Service
@Transactional
public class TalentDemands {

	static final int MAX_TITLE = 120;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_SKILLS = 10;

	static final int MAX_CERTIFICATIONS = 10;

	static final int MAX_HEADCOUNT = 10000;

	private final TalentDemandRepository demands;

	private final SkillTaxonomy skills;

	private final CertificationCatalog catalog;

	private final Clock clock;

	TalentDemands(TalentDemandRepository demands, SkillTaxonomy skills, CertificationCatalog catalog, Clock clock) {
		this.demands = demands;
		this.skills = skills;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TalentDemand> of(AcademyUser partner) {
		TalentFinder.checkPartner(partner);
		return demands.findByOrganizationIdOrderByCreatedAtDesc(partner.organizationId());
	}

	/** @throws DemandNotFoundException when there is none of that id for the partner's company */
	@Transactional(readOnly = true)
	public TalentDemand get(AcademyUser partner, long id) {
		TalentFinder.checkPartner(partner);
		return demands.findById(id)
			.filter(demand -> demand.getOrganizationId() == partner.organizationId())
			.orElseThrow(() -> new DemandNotFoundException(id));
	}

	/** @throws TalentRefused when the content breaks a rule; nothing is saved then */
	public TalentDemand post(AcademyUser partner, TalentDemand.Content content) {
		TalentFinder.checkPartner(partner);
		check(content);
		TalentDemand demand = new TalentDemand(partner.organizationId(), partner.id(), clock.instant());
		demand.update(content, clock.instant());
		return demands.save(demand);
	}

	public TalentDemand edit(AcademyUser partner, long id, TalentDemand.Content content) {
		TalentDemand demand = get(partner, id);
		check(content);
		demand.update(content, clock.instant());
		return demand;
	}

	public TalentDemand close(AcademyUser partner, long id) {
		TalentDemand demand = get(partner, id);
		demand.close(clock.instant());
		return demand;
	}

	public TalentDemand reopen(AcademyUser partner, long id) {
		TalentDemand demand = get(partner, id);
		demand.reopen(clock.instant());
		return demand;
	}

	/** The open demands of every company, for the cluster's aggregate counts. */
	@Transactional(readOnly = true)
	public List<TalentDemand> open() {
		return demands.findByStatus(TalentDemand.Status.OPEN);
	}

	private void check(TalentDemand.Content content) {
		if (content.title().isEmpty() || content.title().length() > MAX_TITLE || hasMarkup(content.title())) {
			throw new TalentRefused("demand.refused.title", MAX_TITLE);
		}
		if (content.description().length() > MAX_DESCRIPTION || hasMarkup(content.description())) {
			throw new TalentRefused("demand.refused.description", MAX_DESCRIPTION);
		}
		if (content.skills().isEmpty() && content.certifications().isEmpty()) {
			throw new TalentRefused("demand.refused.noRequirements");
		}
		checkSkills(content.skills());
		checkCertifications(content.certifications());
		for (String province : content.provinces()) {
			if (Arrays.stream(Province.values()).noneMatch(p -> p.name().equals(province))) {
				throw new TalentRefused("demand.refused.province");
			}
		}
		if (content.headcount() < 1 || content.headcount() > MAX_HEADCOUNT) {
			throw new TalentRefused("demand.refused.headcount", MAX_HEADCOUNT);
		}
		if (content.periodFrom() != null && content.periodTo() != null
				&& content.periodTo().isBefore(content.periodFrom())) {
			throw new TalentRefused("demand.refused.period");
		}
	}

	private void checkSkills(List<RequiredSkill> required) {
		if (required.size() > MAX_SKILLS) {
			throw new TalentRefused("demand.refused.tooManySkills", MAX_SKILLS);
		}
		Set<String> seen = new HashSet<>();
		for (RequiredSkill skill : required) {
			if (skill.getSkillCode() == null || !skills.exists(skill.getSkillCode())) {
				throw new TalentRefused("demand.refused.skill", skill.getSkillCode());
			}
			if (skill.getMinLevel() < 1 || skill.getMinLevel() > 3) {
				throw new TalentRefused("demand.refused.level");
			}
			if (!seen.add(skill.getSkillCode())) {
				throw new TalentRefused("demand.refused.duplicateSkill", skill.getSkillCode());
			}
		}
	}

	private void checkCertifications(List<String> codes) {
		if (codes.size() > MAX_CERTIFICATIONS) {
			throw new TalentRefused("demand.refused.tooManyCertifications", MAX_CERTIFICATIONS);
		}
		Set<String> known = new HashSet<>(catalog.all().stream().map(Certification::code).toList());
		if (codes.stream().distinct().count() < codes.size()) {
			throw new TalentRefused("demand.refused.duplicateCertification");
		}
		for (String code : codes) {
			if (!known.contains(code)) {
				throw new TalentRefused("demand.refused.certification", code);
			}
		}
	}

	private static boolean hasMarkup(String text) {
		return text.chars().anyMatch(ch -> ch == '<' || ch == '>' || (Character.isISOControl(ch) && ch != '\n' && ch != '\r'));
	}

}
