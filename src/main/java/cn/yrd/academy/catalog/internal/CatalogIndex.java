package cn.yrd.academy.catalog.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the catalog's full-text index from the database at startup, so an index lost, stale or
 * written by another version of the mapping never hides courses. Publishing keeps it current after.
 */
@Component
@Order(10)
class CatalogIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	CatalogIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		long started = System.nanoTime();
		Search.mapping(entityManagerFactory).scope(CatalogEntry.class).massIndexer().threadsToLoadObjects(2).startAndWait();
		log.info("Catalog index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
