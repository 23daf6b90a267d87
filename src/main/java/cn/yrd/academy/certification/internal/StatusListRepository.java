package cn.yrd.academy.certification.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface StatusListRepository extends JpaRepository<StatusList, Long> {

	Optional<StatusList> findByOrganizationCodeAndListNumber(String organizationCode, int listNumber);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<StatusList> findForUpdateByOrganizationCodeAndListNumber(String organizationCode, int listNumber);

}
