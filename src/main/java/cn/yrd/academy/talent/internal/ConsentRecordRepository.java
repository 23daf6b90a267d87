package cn.yrd.academy.talent.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRecordRepository extends JpaRepository<ConsentRecord, Long> {

	List<ConsentRecord> findByUserIdOrderByRecordedAtDesc(long userId);

}
