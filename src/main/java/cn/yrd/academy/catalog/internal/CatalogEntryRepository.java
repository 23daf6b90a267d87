package cn.yrd.academy.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogEntryRepository extends JpaRepository<CatalogEntry, Long> {
}
