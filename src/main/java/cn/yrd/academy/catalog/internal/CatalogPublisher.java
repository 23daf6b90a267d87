package cn.yrd.academy.catalog.internal;

import java.time.Clock;
import java.util.stream.Collectors;

import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a draft: freezes it and makes it what the catalog shows and finds.
 */
@Service
public class CatalogPublisher {

	private final CatalogEntryRepository entries;

	private final Organizations organizations;

	private final SkillTaxonomy skills;

	private final Clock clock;

	CatalogPublisher(CatalogEntryRepository entries, Organizations organizations, SkillTaxonomy skills, Clock clock) {
		this.entries = entries;
		this.organizations = organizations;
		this.skills = skills;
		this.clock = clock;
	}

	@Transactional
	public void publish(CourseVersion draft) {
		draft.publish(clock.instant());
		Course course = draft.getCourse();
		CatalogEntry entry = entries.findById(course.getId()).orElseGet(() -> new CatalogEntry(course.getId()));
		String province = organizations.find(course.getOwnerOrganizationId()).orElseThrow().province().name();
		String skillNames = draft.getSkills().stream()
			.flatMap(code -> skills.find(code).stream())
			.map(Skill::name)
			.map(name -> name.zh() + " " + name.en())
			.collect(Collectors.joining("\n"));
		entry.show(draft, province, skillNames);
		entries.save(entry);
	}

}
