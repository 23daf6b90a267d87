package cn.yrd.academy.remote.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RemoteSessionRepository extends JpaRepository<RemoteSession, Long> {

	List<RemoteSession> findByBookingIdOrderByStartedAt(long bookingId);

}
