package cn.yrd.academy.identity.internal;

import java.util.List;
import java.util.Optional;

import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaTrainingBases implements TrainingBases {

	private final TrainingBaseRepository bases;

	JpaTrainingBases(TrainingBaseRepository bases) {
		this.bases = bases;
	}

	@Override
	public List<TrainingBaseSummary> all() {
		return bases.findAllByOrderByProvinceAscNameZhAsc().stream().map(JpaTrainingBases::summary).toList();
	}

	@Override
	public Optional<TrainingBaseSummary> find(long id) {
		return bases.findWithOrganizationById(id).map(JpaTrainingBases::summary);
	}

	@Override
	public Optional<TrainingBaseSummary> findByCode(String code) {
		return bases.findByCode(code).map(JpaTrainingBases::summary);
	}

	private static TrainingBaseSummary summary(TrainingBase base) {
		return new TrainingBaseSummary(base.getId(), base.getCode(), base.getOrganization().getId(),
				new Bilingual(base.getNameZh(), base.getNameEn()), base.getProvince(), base.getCity());
	}

}
