-- Reachability of the lab machines, written by the recurring job machine-health (labs.internal.MachineHealthCheck),
-- which tries a TCP connection to each active machine's host and port every minute. One row per machine that has
-- been checked at least once; a machine without a row has not been checked yet.
--   UNREACHED  checked, but has never answered: a machine still being set up. Never withdraws its bookings.
--   ONLINE     answered at the last check.
--   OFFLINE    answered before, and now failed several checks in a row: its bookings were moved or cancelled.
CREATE TABLE machine_health (
    machine_id            BIGINT        NOT NULL PRIMARY KEY,
    status                VARCHAR(12)   NOT NULL,
    since                 DATETIME(6)   NOT NULL,
    last_checked_at       DATETIME(6)   NOT NULL,
    last_error            VARCHAR(300)  NULL,
    consecutive_failures  INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_machine_health_machine FOREIGN KEY (machine_id) REFERENCES lab_machines (id) ON DELETE CASCADE,
    CONSTRAINT ck_machine_health_status CHECK (status IN ('UNREACHED', 'ONLINE', 'OFFLINE')),
    CONSTRAINT ck_machine_health_failures CHECK (consecutive_failures >= 0),
    INDEX ix_machine_health_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of a machine's health status (not every check), for the lab admin's history page.
CREATE TABLE machine_health_history (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    machine_id  BIGINT        NOT NULL,
    status      VARCHAR(12)   NOT NULL,
    at          DATETIME(6)   NOT NULL,
    detail      VARCHAR(300)  NOT NULL,
    CONSTRAINT fk_machine_health_history_machine FOREIGN KEY (machine_id) REFERENCES lab_machines (id) ON DELETE CASCADE,
    CONSTRAINT ck_machine_health_history_status CHECK (status IN ('UNREACHED', 'ONLINE', 'OFFLINE')),
    INDEX ix_machine_health_history_machine (machine_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
