CREATE TABLE organizations (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    province    VARCHAR(2)   NOT NULL,
    city        VARCHAR(60)  NOT NULL,
    name_zh     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(160) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_organizations_code UNIQUE (code),
    CONSTRAINT uk_organizations_name_zh UNIQUE (name_zh)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE training_bases (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    organization_id BIGINT       NOT NULL,
    name_zh         VARCHAR(120) NOT NULL,
    name_en         VARCHAR(160) NOT NULL,
    province        VARCHAR(2)   NOT NULL,
    city            VARCHAR(60)  NOT NULL,
    address         VARCHAR(255) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_training_bases_code UNIQUE (code),
    CONSTRAINT fk_training_bases_organization FOREIGN KEY (organization_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE users (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(32)  NOT NULL,
    display_name     VARCHAR(60)  NOT NULL,
    email            VARCHAR(120) NOT NULL,
    phone            VARCHAR(20)  NULL,
    organization_id  BIGINT       NOT NULL,
    training_base_id BIGINT       NULL,
    password_hash    VARCHAR(120) NOT NULL,
    preferred_locale VARCHAR(10)  NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    approval         VARCHAR(16)  NOT NULL,
    failed_logins    INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    demo_account     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       DATETIME(6)  NOT NULL,
    last_login_at    DATETIME(6)  NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_users_username UNIQUE (username),
    CONSTRAINT uk_users_email UNIQUE (email),
    CONSTRAINT fk_users_organization FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT fk_users_training_base FOREIGN KEY (training_base_id) REFERENCES training_bases (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_roles (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_tokens (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX ix_api_tokens_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_events (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    type           VARCHAR(40)  NOT NULL,
    actor          VARCHAR(32)  NULL,
    subject        VARCHAR(120) NULL,
    remote_address VARCHAR(45)  NULL,
    details        VARCHAR(500) NULL,
    INDEX ix_audit_events_occurred (occurred_at),
    INDEX ix_audit_events_type (type, occurred_at),
    INDEX ix_audit_events_actor (actor, occurred_at),
    INDEX ix_audit_events_subject (subject, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
