package cn.yrd.academy.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The recurring-job catalog: a valid file, and every kind of mistake an operator can make in it.
 */
class JobCatalogTests {

	private static final Set<String> KNOWN = Set.of("waitlist-expiry", "machine-health");

	@Test
	void aValidCatalogListsItsEntries() {
		JobCatalog.Result result = JobCatalog.read("""
				jobs:
				  - key: waitlist-expiry
				    job: waitlist-expiry
				    cron: "0 */5 * * * ?"
				    misfire: do-nothing
				    purpose: Expires waitlist entries.
				  - key: health
				    job: machine-health
				    cron: "30 * * * * ?"
				    misfire: fire-once-now
				    purpose: Checks the machines.
				""", KNOWN);

		assertThat(result.problems()).isEmpty();
		assertThat(result.entries()).extracting(JobCatalog.Entry::key, JobCatalog.Entry::misfire).containsExactly(
				org.assertj.core.groups.Tuple.tuple("waitlist-expiry", JobCatalog.Misfire.DO_NOTHING),
				org.assertj.core.groups.Tuple.tuple("health", JobCatalog.Misfire.FIRE_ONCE_NOW));
	}

	@Test
	void everyProblemIsReportedAndNothingIsScheduled() {
		JobCatalog.Result result = JobCatalog.read("""
				jobs:
				  - key: expiry
				    job: no-such-job
				    cron: "0 */5 * * * ?"
				    misfire: do-nothing
				    purpose: A job that does not exist.
				  - key: expiry
				    job: waitlist-expiry
				    cron: "every five minutes"
				    misfire: sometimes
				    purpose: A duplicate key with a bad cron and a bad misfire policy.
				  - key: Bad_Key
				    job: machine-health
				    cron: "0 * * * * ?"
				    misfire: do-nothing
				  - just a string
				""", KNOWN);

		assertThat(result.entries()).isEmpty();
		assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("job 'expiry'", "unknown job 'no-such-job'"))
			.anySatisfy(p -> assertThat(p).contains("the key is used twice"))
			.anySatisfy(p -> assertThat(p).contains("bad cron 'every five minutes'"))
			.anySatisfy(p -> assertThat(p).contains("misfire must be fire-once-now or do-nothing, not 'sometimes'"))
			.anySatisfy(p -> assertThat(p).contains("job 'Bad_Key'", "lower-case"))
			.anySatisfy(p -> assertThat(p).contains("job 'Bad_Key'", "'purpose' is missing"))
			.anySatisfy(p -> assertThat(p).contains("jobs[3]", "must be a mapping"));
	}

	@Test
	void aFileThatIsNotACatalogSaysSo() {
		assertThat(JobCatalog.read("jobs: [", KNOWN).problems()).singleElement()
			.satisfies(p -> assertThat(p).startsWith("not valid YAML"));
		assertThat(JobCatalog.read("recurring: []", KNOWN).problems()).containsExactly(
				"the file must have a list under 'jobs'");
	}

	@Test
	void theQuartzTablesComeFromQuartzsOwnScriptWithoutItsDrops() throws Exception {
		assertThat(V5__Quartz.statements()).hasSizeGreaterThan(10)
			.allSatisfy(sql -> assertThat(sql).doesNotStartWithIgnoringCase("drop"))
			.anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE QRTZ_TRIGGERS"));
	}

}
