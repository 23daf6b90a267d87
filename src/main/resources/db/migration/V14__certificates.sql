-- Certification definitions (what a certificate requires) and the certificates issued from them.

CREATE TABLE certification_definitions (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL,
    name_zh            VARCHAR(120)  NOT NULL,
    name_en            VARCHAR(160)  NOT NULL,
    description_zh     TEXT          NOT NULL,
    description_en     TEXT          NOT NULL,
    level              VARCHAR(16)   NOT NULL,
    validity_months    INT           NULL,
    issuer_code        VARCHAR(40)   NOT NULL,
    approval_required  BOOLEAN       NOT NULL,
    active             BOOLEAN       NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_certification_definitions_code UNIQUE (code),
    CONSTRAINT fk_certification_definitions_issuer FOREIGN KEY (issuer_code) REFERENCES organizations (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE certification_definition_skills (
    definition_id  BIGINT       NOT NULL,
    position       INT          NOT NULL,
    skill_code     VARCHAR(60)  NOT NULL,
    PRIMARY KEY (definition_id, position),
    CONSTRAINT fk_certification_skills FOREIGN KEY (definition_id) REFERENCES certification_definitions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- kind COURSE: every lesson done and every lab passed (each at min_score % or more);
-- kind LAB: the one lab exercise passed with min_score % or more.
CREATE TABLE certification_requirements (
    definition_id  BIGINT       NOT NULL,
    position       INT          NOT NULL,
    kind           VARCHAR(8)   NOT NULL,
    course_code    VARCHAR(40)  NOT NULL,
    lab_slug       VARCHAR(60)  NULL,
    min_score      INT          NOT NULL,
    PRIMARY KEY (definition_id, position),
    CONSTRAINT fk_certification_requirements FOREIGN KEY (definition_id) REFERENCES certification_definitions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per certificate. live_slot is "<definition id>:<user id>" while the certificate is pending or issued
-- and not yet renewed, NULL otherwise: the unique key lets a student hold one live certificate per definition.
CREATE TABLE certificates (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number              VARCHAR(32)   NOT NULL,
    definition_id       BIGINT        NOT NULL,
    user_id             BIGINT        NOT NULL,
    holder_name         VARCHAR(120)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    live_slot           VARCHAR(48)   NULL,
    credential_id       CHAR(36)      NOT NULL,
    subject_id          CHAR(36)      NOT NULL,
    requested_at        DATETIME(6)   NOT NULL,
    issued_at           DATETIME(6)   NULL,
    valid_until         DATETIME(6)   NULL,
    jwt                 MEDIUMTEXT    NULL,
    status_index        INT           NULL,
    kid                 VARCHAR(64)   NULL,
    decided_by          VARCHAR(64)   NULL,
    decision_note       VARCHAR(500)  NULL,
    revoked_at          DATETIME(6)   NULL,
    revoked_by          VARCHAR(64)   NULL,
    expiry_notices      INT           NOT NULL DEFAULT 0,
    shared              BOOLEAN       NOT NULL DEFAULT FALSE,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_certificates_number UNIQUE (number),
    CONSTRAINT uk_certificates_credential UNIQUE (credential_id),
    CONSTRAINT uk_certificates_live UNIQUE (live_slot),
    CONSTRAINT fk_certificates_definition FOREIGN KEY (definition_id) REFERENCES certification_definitions (id),
    CONSTRAINT fk_certificates_user FOREIGN KEY (user_id) REFERENCES users (id),
    INDEX ix_certificates_user (user_id, requested_at),
    INDEX ix_certificates_expiry (status, valid_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The graded lab submissions behind a certificate.
CREATE TABLE certificate_evidence (
    certificate_id  BIGINT       NOT NULL,
    position        INT          NOT NULL,
    submission_id   BIGINT       NOT NULL,
    course_code     VARCHAR(40)  NOT NULL,
    lab_slug        VARCHAR(60)  NOT NULL,
    score           INT          NOT NULL,
    graded_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (certificate_id, position),
    CONSTRAINT fk_certificate_evidence FOREIGN KEY (certificate_id) REFERENCES certificates (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Certificate number sequences, one per level and year: YRD-<level>-<year>-<seq>.
CREATE TABLE certificate_numbers (
    level      VARCHAR(3)  NOT NULL,
    year       INT         NOT NULL,
    last_value INT         NOT NULL,
    PRIMARY KEY (level, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Serializes the evaluation of one student against one definition, so two events never both issue.
CREATE TABLE certification_evaluation_locks (
    definition_id  BIGINT  NOT NULL,
    user_id        BIGINT  NOT NULL,
    PRIMARY KEY (definition_id, user_id)
) ENGINE=InnoDB;
