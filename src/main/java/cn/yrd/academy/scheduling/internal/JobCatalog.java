package cn.yrd.academy.scheduling.internal;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code scheduler/jobs.yaml}, the catalog of recurring jobs: each entry names a key, the job it runs, a
 * cron expression in Asia/Shanghai, what to do after a misfire and a one-line purpose. Every problem is
 * collected, so an operator fixes the file in one go.
 */
final class JobCatalog {

	/** What Quartz does when a run was missed (the scheduler was down or busy past the misfire threshold). */
	enum Misfire {

		/** Run once as soon as possible, however many runs were missed. */
		FIRE_ONCE_NOW,

		/** Skip the missed runs and wait for the next one. */
		DO_NOTHING

	}

	record Entry(String key, String job, String cron, Misfire misfire, String purpose) {
	}

	record Result(List<Entry> entries, List<String> problems) {
	}

	private JobCatalog() {
	}

	static Result read(String text, Set<String> knownJobs) {
		List<String> problems = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		Object root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			root = new Yaml(new SafeConstructor(options)).load(text);
		}
		catch (YAMLException ex) {
			return new Result(List.of(), List.of("not valid YAML: " + ex.getMessage()));
		}
		if (!(root instanceof Map<?, ?> map) || !(map.get("jobs") instanceof List<?> list)) {
			return new Result(List.of(), List.of("the file must have a list under 'jobs'"));
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			if (!(list.get(i) instanceof Map<?, ?> item)) {
				problems.add("jobs[" + i + "]: must be a mapping with key, job, cron, misfire and purpose");
				continue;
			}
			String where = "jobs[" + i + "]";
			String key = text(item, "key", where, problems);
			if (key != null) {
				where = "job '" + key + "'";
				if (!key.matches("[a-z][a-z0-9-]{1,63}")) {
					problems.add(where + ": key must be lower-case letters, digits and hyphens");
				}
				if (!keys.add(key)) {
					problems.add(where + ": the key is used twice");
				}
			}
			String job = text(item, "job", where, problems);
			if (job != null && !knownJobs.contains(job)) {
				problems.add(where + ": unknown job '" + job + "'; known jobs: " + String.join(", ", knownJobs));
			}
			String cron = text(item, "cron", where, problems);
			if (cron != null) {
				try {
					CronExpression.validateExpression(cron);
				}
				catch (ParseException ex) {
					problems.add(where + ": bad cron '" + cron + "': " + ex.getMessage());
				}
			}
			String misfireText = text(item, "misfire", where, problems);
			Misfire misfire = null;
			if (misfireText != null) {
				try {
					misfire = Misfire.valueOf(misfireText.toUpperCase(Locale.ROOT).replace('-', '_'));
				}
				catch (IllegalArgumentException ex) {
					problems.add(where + ": misfire must be fire-once-now or do-nothing, not '" + misfireText + "'");
				}
			}
			String purpose = text(item, "purpose", where, problems);
			if (problems.isEmpty()) {
				entries.add(new Entry(key, job, cron, misfire, purpose));
			}
		}
		return new Result(problems.isEmpty() ? List.copyOf(entries) : List.of(), List.copyOf(problems));
	}

	private static String text(Map<?, ?> item, String field, String where, List<String> problems) {
		Object value = item.get(field);
		if (value == null || value.toString().isBlank()) {
			problems.add(where + ": '" + field + "' is missing");
			return null;
		}
		return value.toString().strip();
	}

}
