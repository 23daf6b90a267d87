-- Failed runs of scheduled jobs, for the operations view; any node writes, every node reads.
CREATE TABLE scheduler_failures (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job         VARCHAR(200)  NOT NULL,
    subject     VARCHAR(120)  NOT NULL DEFAULT '',
    node        VARCHAR(200)  NOT NULL,
    failed_at   DATETIME(6)   NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    INDEX ix_scheduler_failures_time (failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
