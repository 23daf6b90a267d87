-- Talent pool: students' consented profiles, the consent history, the search rows built from consented fields
-- only, and what companies did with them (views, searches).

-- A student's profile. public_id is what companies and the API see: random, so ids cannot be enumerated.
-- active = the student's consent stands; a withdrawn profile keeps its row (the student may opt in again) but
-- has no search row and no company sees it.
CREATE TABLE talent_profiles (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    public_id          CHAR(22)      NOT NULL,
    user_id            BIGINT        NOT NULL,
    active             BOOLEAN       NOT NULL,
    shared_fields      VARCHAR(200)  NOT NULL,
    about              VARCHAR(1000) NOT NULL DEFAULT '',
    province           VARCHAR(2)    NULL,
    city               VARCHAR(60)   NULL,
    graduation         DATE          NULL,
    open_to_internship BOOLEAN       NOT NULL DEFAULT FALSE,
    job_preferences    VARCHAR(500)  NOT NULL DEFAULT '',
    contact_email      VARCHAR(160)  NULL,
    contact_phone      VARCHAR(32)   NULL,
    consent_version    VARCHAR(16)   NOT NULL,
    consented_at       DATETIME(6)   NOT NULL,
    withdrawn_at       DATETIME(6)   NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_talent_profiles_public UNIQUE (public_id),
    CONSTRAINT uk_talent_profiles_user UNIQUE (user_id),
    CONSTRAINT fk_talent_profiles_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE talent_declared_skills (
    profile_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    skill_code  VARCHAR(60)  NOT NULL,
    PRIMARY KEY (profile_id, position),
    CONSTRAINT fk_talent_declared_skills FOREIGN KEY (profile_id) REFERENCES talent_profiles (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every grant, change and withdrawal of consent, with the consent text's version and checksum (PIPL: the
-- student's separate consent, and what it said, can be shown later). Never updated or deleted.
CREATE TABLE talent_consents (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT        NOT NULL,
    action          VARCHAR(12)   NOT NULL,
    fields          VARCHAR(200)  NOT NULL,
    text_version    VARCHAR(16)   NOT NULL,
    text_sha256     CHAR(64)      NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_talent_consents_user FOREIGN KEY (user_id) REFERENCES users (id),
    INDEX ix_talent_consents_user (user_id, recorded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The search row of an active profile: only what the student shared, already resolved to names and levels.
-- Built again whenever consent, certificates or graded labs change; deleted on withdrawal.
CREATE TABLE talent_cards (
    profile_id          BIGINT        NOT NULL PRIMARY KEY,
    public_id           CHAR(22)      NOT NULL,
    display_name        VARCHAR(120)  NULL,
    organization_name   VARCHAR(160)  NULL,
    organization_type   VARCHAR(32)   NULL,
    province            VARCHAR(2)    NULL,
    city                VARCHAR(60)   NULL,
    certificates        TEXT          NOT NULL,
    certificate_codes   VARCHAR(1000) NOT NULL,
    certificate_levels  VARCHAR(100)  NOT NULL,
    certified_skills    VARCHAR(1000) NOT NULL,
    lab_skills          VARCHAR(1000) NOT NULL,
    declared_skills     VARCHAR(1000) NOT NULL,
    skill_levels        VARCHAR(1000) NOT NULL,
    labs                TEXT          NOT NULL,
    about               VARCHAR(1000) NOT NULL,
    keywords            TEXT          NOT NULL,
    graduation          DATE          NULL,
    open_to_internship  BOOLEAN       NULL,
    job_preferences     VARCHAR(500)  NOT NULL,
    max_level           INT           NOT NULL,
    evidence_score      DOUBLE        NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uk_talent_cards_public UNIQUE (public_id),
    CONSTRAINT fk_talent_cards_profile FOREIGN KEY (profile_id) REFERENCES talent_profiles (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What companies looked at: one row per profile view and per search (PIPL: the student sees who viewed them).
CREATE TABLE talent_profile_views (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    profile_id       BIGINT       NOT NULL,
    organization_id  BIGINT       NOT NULL,
    viewer_id        BIGINT       NOT NULL,
    viewed_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_talent_views_profile FOREIGN KEY (profile_id) REFERENCES talent_profiles (id) ON DELETE CASCADE,
    INDEX ix_talent_views_profile (profile_id, viewed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE talent_searches (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    searcher_id      BIGINT        NOT NULL,
    query            VARCHAR(1000) NOT NULL,
    result_count     BIGINT        NOT NULL,
    searched_at      DATETIME(6)   NOT NULL,
    INDEX ix_talent_searches_org (organization_id, searched_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
