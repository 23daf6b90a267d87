-- Bookings of lab machines. The unique keys of machine_cells and student_cells are what guarantees that no
-- machine and no student is booked twice for the same half hour, across any number of app nodes.

CREATE TABLE class_blocks (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_code     VARCHAR(40)  NOT NULL,
    requested_by    BIGINT       NOT NULL,
    base_id         BIGINT       NOT NULL,
    image_code      VARCHAR(40)  NOT NULL,
    seats           INT          NOT NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6)  NOT NULL,
    weeks           INT          NOT NULL,
    note            VARCHAR(500) NOT NULL DEFAULT '',
    status          VARCHAR(16)  NOT NULL,
    decided_by      BIGINT       NULL,
    decided_at      DATETIME(6)  NULL,
    decision_note   VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_class_blocks_requested_by FOREIGN KEY (requested_by) REFERENCES users (id),
    CONSTRAINT fk_class_blocks_base FOREIGN KEY (base_id) REFERENCES training_bases (id),
    INDEX ix_class_blocks_base_status (base_id, status),
    INDEX ix_class_blocks_requested_by (requested_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE bookings (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    machine_id      BIGINT       NOT NULL,
    base_id         BIGINT       NOT NULL,
    course_code     VARCHAR(40)  NOT NULL,
    lab_slug        VARCHAR(64)  NOT NULL,
    block_id        BIGINT       NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6)  NOT NULL,
    minutes         INT          NOT NULL,
    week_start      DATE         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    sequence        INT          NOT NULL DEFAULT 0,
    cancel_reason   VARCHAR(80)  NULL,
    cancel_note     VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_bookings_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_bookings_organization FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT fk_bookings_machine FOREIGN KEY (machine_id) REFERENCES lab_machines (id),
    CONSTRAINT fk_bookings_base FOREIGN KEY (base_id) REFERENCES training_bases (id),
    CONSTRAINT fk_bookings_block FOREIGN KEY (block_id) REFERENCES class_blocks (id),
    INDEX ix_bookings_user_start (user_id, starts_at),
    INDEX ix_bookings_machine_start (machine_id, starts_at),
    INDEX ix_bookings_base_start (base_id, starts_at),
    INDEX ix_bookings_quota (organization_id, base_id, week_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per machine and half hour held by a booking or reserved for a class block. A block seat has
-- block_id set and booking_id NULL until a student of the block's course takes it.
CREATE TABLE machine_cells (
    machine_id  BIGINT      NOT NULL,
    cell_start  DATETIME    NOT NULL,
    booking_id  BIGINT      NULL,
    block_id    BIGINT      NULL,
    PRIMARY KEY (machine_id, cell_start),
    CONSTRAINT fk_machine_cells_machine FOREIGN KEY (machine_id) REFERENCES lab_machines (id),
    CONSTRAINT fk_machine_cells_booking FOREIGN KEY (booking_id) REFERENCES bookings (id),
    CONSTRAINT fk_machine_cells_block FOREIGN KEY (block_id) REFERENCES class_blocks (id),
    INDEX ix_machine_cells_booking (booking_id),
    INDEX ix_machine_cells_block (block_id)
) ENGINE=InnoDB;

-- One row per student and half hour they have booked.
CREATE TABLE student_cells (
    user_id     BIGINT      NOT NULL,
    cell_start  DATETIME    NOT NULL,
    booking_id  BIGINT      NOT NULL,
    PRIMARY KEY (user_id, cell_start),
    CONSTRAINT fk_student_cells_booking FOREIGN KEY (booking_id) REFERENCES bookings (id),
    INDEX ix_student_cells_booking (booking_id)
) ENGINE=InnoDB;

-- A row per student, locked while one of their bookings is checked against the per-student limits.
CREATE TABLE booking_accounts (
    user_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_booking_accounts_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB;

CREATE TABLE org_quotas (
    organization_id BIGINT      NOT NULL,
    base_id         BIGINT      NOT NULL,
    weekly_minutes  INT         NOT NULL,
    granted_by      BIGINT      NOT NULL,
    granted_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (organization_id, base_id),
    CONSTRAINT fk_org_quotas_organization FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT fk_org_quotas_base FOREIGN KEY (base_id) REFERENCES training_bases (id)
) ENGINE=InnoDB;

-- Idempotency-Key of booking requests: a retried request returns the booking the first one made.
CREATE TABLE booking_requests (
    user_id         BIGINT       NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    booking_id      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id, idempotency_key),
    CONSTRAINT fk_booking_requests_booking FOREIGN KEY (booking_id) REFERENCES bookings (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE waitlist_entries (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    course_code     VARCHAR(40)  NOT NULL,
    lab_slug        VARCHAR(64)  NOT NULL,
    base_id         BIGINT       NOT NULL,
    starts_at       DATETIME(6)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    booking_id      BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_waitlist_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_waitlist_base FOREIGN KEY (base_id) REFERENCES training_bases (id),
    CONSTRAINT fk_waitlist_booking FOREIGN KEY (booking_id) REFERENCES bookings (id),
    INDEX ix_waitlist_slot (base_id, starts_at, status),
    INDEX ix_waitlist_user (user_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What happened to a user's bookings without them doing it (moved, cancelled, handed over from the waitlist,
-- class block decided); shown on their bookings page.
CREATE TABLE booking_notices (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    booking_id  BIGINT       NULL,
    block_id    BIGINT       NULL,
    note        VARCHAR(500) NOT NULL DEFAULT '',
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    CONSTRAINT fk_booking_notices_user FOREIGN KEY (user_id) REFERENCES users (id),
    INDEX ix_booking_notices_user (user_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ical_feeds (
    user_id     BIGINT      NOT NULL PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_ical_feeds_token UNIQUE (token_hash),
    CONSTRAINT fk_ical_feeds_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;
