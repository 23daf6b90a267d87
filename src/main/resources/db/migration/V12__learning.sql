-- A student's lab result for one exercise, one row per attempt. The files live on disk below
-- academy.learning.submissions-dir/<id>/ under generated names; the table keeps their checksums.
CREATE TABLE lab_submissions (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT        NOT NULL,
    course_code  VARCHAR(40)   NOT NULL,
    lab_slug     VARCHAR(60)   NOT NULL,
    attempt      INT           NOT NULL,
    notes        TEXT          NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    submitted_at DATETIME(6)   NOT NULL,
    graded_by    BIGINT        NULL,
    graded_at    DATETIME(6)   NULL,
    score        INT           NULL,
    pass_mark    INT           NULL,
    grade_comment TEXT         NULL,
    CONSTRAINT uk_lab_submissions_attempt UNIQUE (user_id, course_code, lab_slug, attempt),
    CONSTRAINT fk_lab_submissions_user FOREIGN KEY (user_id) REFERENCES users (id),
    INDEX ix_lab_submissions_queue (status, course_code, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lab_submission_files (
    submission_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    stored_name   VARCHAR(80)  NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT fk_submission_files FOREIGN KEY (submission_id) REFERENCES lab_submissions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lab_submission_scores (
    submission_id BIGINT NOT NULL,
    position      INT    NOT NULL,
    points        INT    NOT NULL,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT fk_submission_scores FOREIGN KEY (submission_id) REFERENCES lab_submissions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
