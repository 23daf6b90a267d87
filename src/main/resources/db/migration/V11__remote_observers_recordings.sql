-- Observer tokens share the connect-token table and its rules (hashed, short-lived, one use, bound to user and
-- HTTP session): kind tells a student's CONNECT token from a staff member's read-only OBSERVE token, which
-- names the live remote session it may join.
ALTER TABLE remote_connect_tokens
    ADD COLUMN kind              VARCHAR(10) NOT NULL DEFAULT 'CONNECT',
    ADD COLUMN remote_session_id BIGINT      NULL;

-- guacd's recording of a session: its path below academy.remote.recordings-dir (yyyy/MM/dd/session-<id>), and
-- when the retention job deleted it. end_note is what a lab admin gave as the reason for ending a session.
ALTER TABLE remote_sessions
    ADD COLUMN recording_path       VARCHAR(255) NULL,
    ADD COLUMN recording_deleted_at DATETIME(6)  NULL,
    ADD COLUMN ended_by             BIGINT       NULL,
    ADD COLUMN end_note             VARCHAR(200) NULL,
    ADD INDEX ix_remote_sessions_recording (recording_deleted_at, started_at);
