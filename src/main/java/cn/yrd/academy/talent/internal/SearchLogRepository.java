package cn.yrd.academy.talent.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchLogRepository extends JpaRepository<SearchLog, Long> {

	List<SearchLog> findBySearcherIdOrderBySearchedAtDesc(long searcherId);

}
