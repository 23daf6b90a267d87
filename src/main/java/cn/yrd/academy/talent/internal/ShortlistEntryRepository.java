package cn.yrd.academy.talent.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShortlistEntryRepository extends JpaRepository<ShortlistEntry, Long> {

	List<ShortlistEntry> findByOrganizationIdOrderByAddedAtDesc(long organizationId);

	boolean existsByOrganizationIdAndDemandIdAndProfileId(long organizationId, Long demandId, long profileId);

	boolean existsByOrganizationIdAndDemandIdIsNullAndProfileId(long organizationId, long profileId);

}
