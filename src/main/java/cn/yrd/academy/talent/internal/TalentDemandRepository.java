package cn.yrd.academy.talent.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentDemandRepository extends JpaRepository<TalentDemand, Long> {

	List<TalentDemand> findByOrganizationIdOrderByCreatedAtDesc(long organizationId);

	List<TalentDemand> findByStatus(TalentDemand.Status status);

}
