package cn.yrd.academy.certification.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * A token bucket per client address for public verification, so the verifier cannot be used to hammer the
 * database or to probe keys at speed. The map is bounded; an evicted client starts with a full bucket.
 */
public class VerificationThrottle {

	private final Cache<String, Bucket> buckets;

	private final int perMinute;

	public VerificationThrottle(int perMinute, int trackedClients) {
		this.perMinute = perMinute;
		this.buckets = Caffeine.newBuilder().maximumSize(trackedClients).expireAfterAccess(Duration.ofMinutes(2)).build();
	}

	public boolean tryVerify(String clientAddress) {
		return buckets.get(clientAddress, key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build()).tryConsume(1);
	}

}
