package cn.yrd.academy.identity.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * A token bucket per client address for the login endpoints. The map of buckets is bounded, so a
 * flood from many addresses cannot exhaust memory; an evicted client simply starts with a full bucket.
 */
public class LoginThrottle {

	private final Cache<String, Bucket> buckets;

	private final int attemptsPerMinute;

	public LoginThrottle(int attemptsPerMinute, int trackedClients) {
		this.attemptsPerMinute = attemptsPerMinute;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(trackedClients)
			.expireAfterAccess(Duration.ofMinutes(2))
			.build();
	}

	/** Takes one attempt from the client's bucket; {@code false} when the client must wait. */
	public boolean tryAttempt(String clientAddress) {
		return buckets.get(clientAddress, key -> newBucket()).tryConsume(1);
	}

	/** How many client addresses are remembered now, after pending evictions; for tests. */
	long trackedClients() {
		buckets.cleanUp();
		return buckets.estimatedSize();
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(attemptsPerMinute)
				.refillGreedy(attemptsPerMinute, Duration.ofMinutes(1))
				.build())
			.build();
	}

}
