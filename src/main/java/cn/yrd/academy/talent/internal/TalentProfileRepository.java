package cn.yrd.academy.talent.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentProfileRepository extends JpaRepository<TalentProfile, Long> {

	Optional<TalentProfile> findByUserId(long userId);

	Optional<TalentProfile> findByPublicId(String publicId);

}
