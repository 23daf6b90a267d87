-- A company asks to contact a student of the talent pool; the student accepts or declines. Only after
-- acceptance does either side see the other's contact details. One open request per company and profile.
CREATE TABLE talent_contact_requests (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    profile_id       BIGINT        NOT NULL,
    organization_id  BIGINT        NOT NULL,
    requester_id     BIGINT        NOT NULL,
    demand_id        BIGINT        NULL,
    message          VARCHAR(1000) NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    open_slot        VARCHAR(48)   NULL,
    requested_at     DATETIME(6)   NOT NULL,
    decided_at       DATETIME(6)   NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_talent_contact_open UNIQUE (open_slot),
    CONSTRAINT fk_talent_contact_profile FOREIGN KEY (profile_id) REFERENCES talent_profiles (id) ON DELETE CASCADE,
    CONSTRAINT fk_talent_contact_requester FOREIGN KEY (requester_id) REFERENCES users (id),
    INDEX ix_talent_contact_profile (profile_id, requested_at),
    INDEX ix_talent_contact_org (organization_id, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
