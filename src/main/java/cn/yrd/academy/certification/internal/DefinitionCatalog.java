package cn.yrd.academy.certification.internal;

import java.util.List;

import cn.yrd.academy.certification.CertificationCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The definitions as other modules see them. Apart from {@link Definitions}, whose {@code active()} returns the
 * entities its admin pages edit.
 */
@Service
class DefinitionCatalog implements CertificationCatalog {

	private final DefinitionRepository definitions;

	DefinitionCatalog(DefinitionRepository definitions) {
		this.definitions = definitions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Certification> all() {
		return definitions.findAllByOrderByCode().stream()
			.map(d -> new Certification(d.getCode(), d.name(), d.getLevel(), d.getSkills(), d.isActive()))
			.toList();
	}

}
