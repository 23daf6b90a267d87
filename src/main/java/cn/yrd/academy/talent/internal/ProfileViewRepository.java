package cn.yrd.academy.talent.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileViewRepository extends JpaRepository<ProfileView, Long> {

	List<ProfileView> findByProfileIdOrderByViewedAtDesc(long profileId);

}
