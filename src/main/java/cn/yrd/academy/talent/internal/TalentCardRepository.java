package cn.yrd.academy.talent.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentCardRepository extends JpaRepository<TalentCard, Long> {

	Optional<TalentCard> findByPublicId(String publicId);

}
