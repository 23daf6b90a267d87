package cn.yrd.academy.bench;

import cn.yrd.academy.AcademyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application with the demo data for a benchmark on its own database and search index (under
 * {@code data/bench-*}, reset at every start), runs the benchmark, stops the application and exits.
 */
final class IsolatedBenchApp {

	/** What a benchmark does with the running application. */
	interface Benchmark {

		void run(ConfigurableApplicationContext app) throws Exception;

	}

	private IsolatedBenchApp() {
	}

	static void runAndExit(Benchmark benchmark) throws Exception {
		// Command-line arguments outrank application.yml, so the benchmark never touches the demo's data.
		ConfigurableApplicationContext app = new SpringApplicationBuilder(AcademyApplication.class)
			.profiles("demo")
			.run("--server.port=0", "--academy.database.embedded.data-dir=data/bench-mariadb",
					"--academy.database.embedded.reset-schema=true", "--academy.search.index-dir=data/bench-search-index",
					"--academy.identity.login-throttle.attempts-per-minute=100000",
					"--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
					"--logging.level.root=warn");
		try {
			benchmark.run(app);
		}
		finally {
			app.close();
		}
		System.exit(0);
	}

}
