package cn.yrd.academy.certification.internal;

import java.time.Instant;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readable certificate numbers, {@code YRD-<level>-<year>-<seq>} (e.g. {@code YRD-INT-2026-000042}): one sequence
 * per level and year (in the cluster's zone), drawn under the sequence row's lock so that nodes never collide.
 */
@Component
class CertificateNumbers {

	private final JdbcTemplate jdbc;

	CertificateNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(CertificateLevel level, Instant at) {
		int year = at.atZone(ClockConfiguration.CLUSTER_ZONE).getYear();
		jdbc.update("INSERT INTO certificate_numbers (level, year, last_value) VALUES (?, ?, LAST_INSERT_ID(1)) "
				+ "ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)", level.code(), year);
		Long sequence = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
		return format(level, year, sequence);
	}

	static String format(CertificateLevel level, int year, long sequence) {
		return "YRD-%s-%d-%06d".formatted(level.code(), year, sequence);
	}

	/** Whether the text has the shape of a certificate number; anything else is never looked up. */
	static boolean isWellFormed(String text) {
		return text != null && text.matches("YRD-(BEG|INT|ADV)-\\d{4}-\\d{6,9}");
	}

}
