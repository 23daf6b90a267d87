-- Talent demands: what a partner company is looking for (skills with minimum levels, certifications, region,
-- headcount, period), and the company's shortlists of candidates. Only the company's own users see either.
CREATE TABLE talent_demands (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    created_by       BIGINT        NOT NULL,
    title            VARCHAR(120)  NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    headcount        INT           NOT NULL,
    period_from      DATE          NULL,
    period_to        DATE          NULL,
    status           VARCHAR(8)    NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_talent_demands_organization FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT fk_talent_demands_creator FOREIGN KEY (created_by) REFERENCES users (id),
    INDEX ix_talent_demands_org (organization_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- min_level: 1 初级, 2 中级, 3 高级 (a passed lab proves level 1, a certificate its own level).
CREATE TABLE talent_demand_skills (
    demand_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    skill_code  VARCHAR(60)  NOT NULL,
    min_level   INT          NOT NULL,
    PRIMARY KEY (demand_id, position),
    CONSTRAINT fk_talent_demand_skills FOREIGN KEY (demand_id) REFERENCES talent_demands (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE talent_demand_certifications (
    demand_id        BIGINT       NOT NULL,
    position         INT          NOT NULL,
    definition_code  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (demand_id, position),
    CONSTRAINT fk_talent_demand_certs FOREIGN KEY (demand_id) REFERENCES talent_demands (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- No row: anywhere in the cluster.
CREATE TABLE talent_demand_provinces (
    demand_id  BIGINT      NOT NULL,
    position   INT         NOT NULL,
    province   VARCHAR(2)  NOT NULL,
    PRIMARY KEY (demand_id, position),
    CONSTRAINT fk_talent_demand_provinces FOREIGN KEY (demand_id) REFERENCES talent_demands (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A company's shortlisted profiles, for a demand or in general (demand_id NULL). demand_key makes "in general"
-- unique too, since a unique key lets NULLs repeat. A withdrawn profile keeps its row but is never shown.
CREATE TABLE talent_shortlist_entries (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    demand_id        BIGINT        NULL,
    demand_key       BIGINT        AS (COALESCE(demand_id, 0)) PERSISTENT,
    profile_id       BIGINT        NOT NULL,
    note             VARCHAR(500)  NOT NULL,
    added_by         BIGINT        NOT NULL,
    added_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_talent_shortlist UNIQUE (organization_id, demand_key, profile_id),
    CONSTRAINT fk_talent_shortlist_demand FOREIGN KEY (demand_id) REFERENCES talent_demands (id) ON DELETE CASCADE,
    CONSTRAINT fk_talent_shortlist_profile FOREIGN KEY (profile_id) REFERENCES talent_profiles (id) ON DELETE CASCADE,
    CONSTRAINT fk_talent_shortlist_user FOREIGN KEY (added_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
