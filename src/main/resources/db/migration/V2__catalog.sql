CREATE TABLE courses (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                  VARCHAR(40)  NOT NULL,
    owner_organization_id BIGINT       NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_courses_code UNIQUE (code),
    CONSTRAINT fk_courses_owner FOREIGN KEY (owner_organization_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per edit state of a course: at most one DRAFT, any number of immutable PUBLISHED ones.
CREATE TABLE course_versions (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id     BIGINT        NOT NULL,
    number        INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    title_zh      VARCHAR(200)  NOT NULL,
    title_en      VARCHAR(200)  NOT NULL,
    summary_zh    VARCHAR(2000) NOT NULL,
    summary_en    VARCHAR(2000) NOT NULL,
    level         VARCHAR(16)   NOT NULL,
    hours         INT           NOT NULL,
    language      VARCHAR(10)   NOT NULL,
    visibility    VARCHAR(16)   NOT NULL,
    skills        VARCHAR(1000) NOT NULL,
    prerequisites VARCHAR(1000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    published_at  DATETIME(6)   NULL,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_course_versions_number UNIQUE (course_id, number),
    CONSTRAINT fk_course_versions_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
    INDEX ix_course_versions_status (course_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_modules (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_version_id BIGINT       NOT NULL,
    position          INT          NOT NULL,
    slug              VARCHAR(60)  NOT NULL,
    title_zh          VARCHAR(200) NOT NULL,
    title_en          VARCHAR(200) NOT NULL,
    CONSTRAINT uk_course_modules_slug UNIQUE (course_version_id, slug),
    CONSTRAINT fk_course_modules_version FOREIGN KEY (course_version_id) REFERENCES course_versions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lessons (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    slug      VARCHAR(60)  NOT NULL,
    title_zh  VARCHAR(200) NOT NULL,
    title_en  VARCHAR(200) NOT NULL,
    minutes   INT          NOT NULL,
    body      MEDIUMTEXT   NOT NULL,
    CONSTRAINT fk_lessons_module FOREIGN KEY (module_id) REFERENCES course_modules (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lab_exercises (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id    BIGINT       NOT NULL,
    position     INT          NOT NULL,
    slug         VARCHAR(60)  NOT NULL,
    title_zh     VARCHAR(200) NOT NULL,
    title_en     VARCHAR(200) NOT NULL,
    lab_image    VARCHAR(40)  NOT NULL,
    minutes      INT          NOT NULL,
    pass_mark    INT          NOT NULL,
    instructions MEDIUMTEXT   NOT NULL,
    CONSTRAINT fk_lab_exercises_module FOREIGN KEY (module_id) REFERENCES course_modules (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lab_checklist_items (
    lab_exercise_id BIGINT       NOT NULL,
    position        INT          NOT NULL,
    text_zh         VARCHAR(300) NOT NULL,
    text_en         VARCHAR(300) NOT NULL,
    points          INT          NOT NULL,
    PRIMARY KEY (lab_exercise_id, position),
    CONSTRAINT fk_checklist_exercise FOREIGN KEY (lab_exercise_id) REFERENCES lab_exercises (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enrollments (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    course_id   BIGINT      NOT NULL,
    enrolled_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_enrollments UNIQUE (user_id, course_id),
    CONSTRAINT fk_enrollments_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_enrollments_course FOREIGN KEY (course_id) REFERENCES courses (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Progress is keyed by the lesson slug (unique within a course), so it survives new published versions.
CREATE TABLE lesson_progress (
    enrollment_id BIGINT       NOT NULL,
    lesson_key    VARCHAR(60)  NOT NULL,
    completed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (enrollment_id, lesson_key),
    CONSTRAINT fk_lesson_progress_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The searchable face of each course's latest published version; the full-text index is built from it.
CREATE TABLE catalog_entries (
    course_id             BIGINT        NOT NULL PRIMARY KEY,
    code                  VARCHAR(40)   NOT NULL,
    title_zh              VARCHAR(200)  NOT NULL,
    title_en              VARCHAR(200)  NOT NULL,
    summary_zh            VARCHAR(2000) NOT NULL,
    summary_en            VARCHAR(2000) NOT NULL,
    lesson_text           MEDIUMTEXT    NOT NULL,
    skill_codes           VARCHAR(1000) NOT NULL,
    skill_names           TEXT          NOT NULL,
    level                 VARCHAR(16)   NOT NULL,
    language              VARCHAR(10)   NOT NULL,
    visibility            VARCHAR(16)   NOT NULL,
    owner_organization_id BIGINT        NOT NULL,
    owner_province        VARCHAR(2)    NOT NULL,
    has_lab               BOOLEAN       NOT NULL,
    lab_count             INT           NOT NULL,
    labs                  TEXT          NOT NULL,
    lesson_count          INT           NOT NULL,
    hours                 INT           NOT NULL,
    published_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_catalog_entries_course FOREIGN KEY (course_id) REFERENCES courses (id) ON DELETE CASCADE,
    INDEX ix_catalog_entries_published (published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
