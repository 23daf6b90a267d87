-- One-time connect tokens for remote lab sessions: only the SHA-256 of the token and of the HTTP session id
-- are stored. A token is spent by setting used_at (UPDATE ... WHERE used_at IS NULL AND expires_at > now).
CREATE TABLE remote_connect_tokens (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash    CHAR(64)    NOT NULL,
    user_id       BIGINT      NOT NULL,
    booking_id    BIGINT      NOT NULL,
    machine_id    BIGINT      NOT NULL,
    session_hash  CHAR(64)    NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    used_at       DATETIME(6) NULL,
    CONSTRAINT uk_remote_connect_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_remote_connect_tokens_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_remote_connect_tokens_booking FOREIGN KEY (booking_id) REFERENCES bookings (id),
    INDEX ix_remote_connect_tokens_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per tunnel to a lab machine: who, which booking and machine, guacd's connection id (for observers to
-- join later), when it started and ended, why it ended, and the bytes (characters) it carried each way.
CREATE TABLE remote_sessions (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_id        BIGINT      NOT NULL,
    user_id           BIGINT      NOT NULL,
    machine_id        BIGINT      NOT NULL,
    connection_id     VARCHAR(64) NULL,
    started_at        DATETIME(6) NOT NULL,
    ended_at          DATETIME(6) NULL,
    end_reason        VARCHAR(40) NULL,
    bytes_to_machine  BIGINT      NOT NULL DEFAULT 0,
    bytes_to_browser  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_remote_sessions_booking FOREIGN KEY (booking_id) REFERENCES bookings (id),
    CONSTRAINT fk_remote_sessions_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_remote_sessions_machine FOREIGN KEY (machine_id) REFERENCES lab_machines (id),
    INDEX ix_remote_sessions_booking (booking_id, started_at),
    INDEX ix_remote_sessions_open (ended_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
