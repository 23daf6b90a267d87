package cn.yrd.academy.catalog.internal;

import java.util.Arrays;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * A course as a catalog listing shows it, projected straight from the search index, so listing a
 * page of results never loads the courses' lesson text from the database.
 */
@ProjectionConstructor
public record CatalogCard(String code, String titleZh, String titleEn, String summaryZh, String summaryEn,
		String level, String language, String visibility, long ownerOrganizationId, boolean hasLab, int labCount,
		int lessonCount, int hours, String labs) {

	/** A lab of the course: its slug and the lab image it needs. */
	public record LabRef(String slug, String labImage) {
	}

	public List<LabRef> labRefs() {
		return labs == null || labs.isEmpty() ? List.of() : Arrays.stream(labs.split(","))
			.map(pair -> new LabRef(pair.substring(0, pair.indexOf(':')), pair.substring(pair.indexOf(':') + 1)))
			.toList();
	}

}
