package cn.yrd.academy.shared.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every full-text index (the catalog's courses, the talent pool's cards) from the database at startup,
 * so an index lost, stale or written by another version of the mapping never hides or shows the wrong rows.
 * The modules keep their indexes current after that, as their rows change.
 */
@Component
@Order(10)
class SearchIndexes implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexes(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		long started = System.nanoTime();
		Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().threadsToLoadObjects(2).startAndWait();
		log.info("Search indexes rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
