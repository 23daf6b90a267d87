-- The student's own session recordings a lab submission points at, in the order they were chosen.
-- The recording itself stays with remote_sessions (and its retention); a deleted one is simply no longer playable.
CREATE TABLE lab_submission_recordings (
    submission_id BIGINT NOT NULL,
    position      INT    NOT NULL,
    session_id    BIGINT NOT NULL,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT fk_submission_recordings FOREIGN KEY (submission_id) REFERENCES lab_submissions (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_recordings_session FOREIGN KEY (session_id) REFERENCES remote_sessions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
