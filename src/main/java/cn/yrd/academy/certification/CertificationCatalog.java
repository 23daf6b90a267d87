package cn.yrd.academy.certification;

import java.util.List;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * The certifications the cluster defines, for other modules (e.g. a company naming the certificates it requires).
 */
public interface CertificationCatalog {

	/** Every definition, active or not, ordered by code: certificates of a retired definition still count. */
	List<Certification> all();

	/** The definitions students can earn now, ordered by code. */
	default List<Certification> active() {
		return all().stream().filter(Certification::active).toList();
	}

	/** A definition as other modules see it: its code, name, level and the skills it certifies. */
	record Certification(String code, Bilingual name, CertificateLevel level, List<String> skills, boolean active) {

		public Certification {
			skills = List.copyOf(skills);
		}

	}

}
