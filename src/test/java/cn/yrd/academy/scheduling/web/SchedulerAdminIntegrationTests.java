package cn.yrd.academy.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.scheduling.JobFailures;
import cn.yrd.academy.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The scheduler's operations view: this node in the cluster, the recurring jobs of jobs.yaml with their next
 * run, pausing and resuming across the cluster, recorded failures, and admins only.
 */
@IntegrationTest
class SchedulerAdminIntegrationTests {

	private static final TriggerKey EXPIRY = TriggerKey.triggerKey("waitlist-expiry", "recurring");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private JobFailures failures;

	@Test
	void theViewShowsTheNodeTheJobsAndTheirNextRun() throws Exception {
		Document page = page();

		assertThat(page.select("#scheduler-state").text()).contains("运行中", scheduler.getSchedulerInstanceId());
		assertThat(page.select("#scheduler-nodes").text()).contains(scheduler.getSchedulerInstanceId(), "本节点");
		String row = page.select("#job-waitlist-expiry").text();
		assertThat(row).contains("waitlist-expiry", "0 */5 * * * ?", "do-nothing", "运行");
		assertThat(row).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
	}

	@Test
	void pausingAndResumingApplyToTheStoredTrigger() throws Exception {
		try {
			assertThat(post("/admin/scheduler/jobs/waitlist-expiry/pause")).hasStatus(HttpStatus.FOUND);
			assertThat(scheduler.getTriggerState(EXPIRY)).isEqualTo(Trigger.TriggerState.PAUSED);
			assertThat(page().select("#job-waitlist-expiry .job-state").text()).isEqualTo("已暂停");
		}
		finally {
			assertThat(post("/admin/scheduler/jobs/waitlist-expiry/resume")).hasStatus(HttpStatus.FOUND);
		}
		assertThat(scheduler.getTriggerState(EXPIRY)).isEqualTo(Trigger.TriggerState.NORMAL);
		assertThat(post("/admin/scheduler/jobs/no-such-job/pause")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRecordedFailureIsListed() {
		failures.record("booking.999-start", "booking 999", new IllegalStateException("machine gone"));

		assertThat(page().select("#job-failures").text()).contains("booking.999-start", "booking 999",
				"IllegalStateException: machine gone");
	}

	@Test
	void onlyClusterAdminsSeeIt() {
		AcademyUser labAdmin = (AcademyUser) users.loadUserByUsername("labadmin1");
		assertThat(mvc.get().uri("/admin/scheduler").with(user(labAdmin))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/scheduler/jobs/waitlist-expiry/pause").with(user(labAdmin)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private Document page() {
		MvcTestResult result = mvc.get().uri("/admin/scheduler").with(user(admin())).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private MvcTestResult post(String uri) {
		return mvc.post().uri(uri).with(user(admin())).with(csrf()).exchange();
	}

	private AcademyUser admin() {
		return (AcademyUser) users.loadUserByUsername("admin");
	}

}
