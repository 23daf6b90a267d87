-- Issuer signing keys and revocation status lists of the certification module.
-- A private key is only ever stored as secrets-vault ciphertext, bound to its kid.
-- active_slot holds the organization code while a key is active and NULL once retired, so the unique
-- constraint allows exactly one active key per organization and any number of retired ones.
CREATE TABLE issuer_signing_keys (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_code   VARCHAR(40)   NOT NULL,
    kid                 VARCHAR(64)   NOT NULL,
    algorithm           VARCHAR(16)   NOT NULL,
    public_jwk          VARCHAR(1024) NOT NULL,
    sealed_private_key  VARBINARY(2048) NOT NULL,
    active_slot         VARCHAR(40)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    retired_at          DATETIME(6)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_issuer_signing_keys_kid UNIQUE (kid),
    CONSTRAINT uk_issuer_signing_keys_active UNIQUE (active_slot),
    CONSTRAINT fk_issuer_signing_keys_organization FOREIGN KEY (organization_code) REFERENCES organizations (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- W3C Bitstring Status Lists (revocation), one row per organization and list number; bits are the raw
-- (uncompressed) bit string, bit i set = the credential with status index i is revoked.
CREATE TABLE credential_status_lists (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_code   VARCHAR(40)   NOT NULL,
    list_number         INT           NOT NULL,
    bits                VARBINARY(16384) NOT NULL,
    next_index          INT           NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_credential_status_lists UNIQUE (organization_code, list_number),
    CONSTRAINT fk_credential_status_lists_organization FOREIGN KEY (organization_code) REFERENCES organizations (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
