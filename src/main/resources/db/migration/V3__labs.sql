-- Lab machines of the training bases. Connection secrets are AES-GCM ciphertext written by the
-- application's vault (labs.internal.SecretsVault); the key never reaches the database.
CREATE TABLE lab_machines (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    base_id     BIGINT         NOT NULL,
    name        VARCHAR(60)    NOT NULL,
    image_code  VARCHAR(40)    NOT NULL,
    host        VARCHAR(253)   NOT NULL,
    port        INT            NOT NULL,
    protocol    VARCHAR(8)     NOT NULL,
    state       VARCHAR(16)    NOT NULL,
    secrets     VARBINARY(8192) NULL,
    created_at  DATETIME(6)    NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    version     INT            NOT NULL DEFAULT 0,
    CONSTRAINT uk_lab_machines_name UNIQUE (base_id, name),
    CONSTRAINT fk_lab_machines_base FOREIGN KEY (base_id) REFERENCES training_bases (id),
    INDEX ix_lab_machines_image (image_code, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Weekly opening hours in the cluster's zone (Asia/Shanghai); a day may have several ranges.
CREATE TABLE base_opening_hours (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    base_id     BIGINT      NOT NULL,
    day_of_week INT         NOT NULL,
    opens       TIME        NOT NULL,
    closes      TIME        NOT NULL,
    CONSTRAINT fk_base_opening_hours_base FOREIGN KEY (base_id) REFERENCES training_bases (id),
    CONSTRAINT ck_base_opening_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_base_opening_hours_range CHECK (opens < closes),
    INDEX ix_base_opening_hours_base (base_id, day_of_week)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Whole days (Asia/Shanghai) on which a base is closed.
CREATE TABLE base_closures (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    base_id     BIGINT       NOT NULL,
    day         DATE         NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    CONSTRAINT uk_base_closures_day UNIQUE (base_id, day),
    CONSTRAINT fk_base_closures_base FOREIGN KEY (base_id) REFERENCES training_bases (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE machine_maintenance (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    machine_id  BIGINT       NOT NULL,
    starts_at   DATETIME(6)  NOT NULL,
    ends_at     DATETIME(6)  NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    created_by  VARCHAR(32)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_machine_maintenance_machine FOREIGN KEY (machine_id) REFERENCES lab_machines (id) ON DELETE CASCADE,
    CONSTRAINT ck_machine_maintenance_range CHECK (starts_at < ends_at),
    INDEX ix_machine_maintenance_time (machine_id, starts_at, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
