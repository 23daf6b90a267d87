-- The notification center: one row per message to a user. Texts are rendered from the message bundles when
-- shown, in the reader's language, from the kind and the arguments (JSON).
CREATE TABLE notifications (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT        NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    arguments   TEXT          NOT NULL,
    line_items  MEDIUMTEXT    NOT NULL,
    link        VARCHAR(300)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    CONSTRAINT fk_notifications_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX ix_notifications_user (user_id, created_at),
    INDEX ix_notifications_unread (user_id, read_at),
    INDEX ix_notifications_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The email outbox: a notification to be mailed, written in the same transaction as the notification and sent
-- after it commits; what could not be sent stays here and is retried.
CREATE TABLE notification_emails (
    notification_id  BIGINT        NOT NULL PRIMARY KEY,
    recipient        VARCHAR(120)  NOT NULL,
    locale           VARCHAR(10)   NOT NULL,
    attachment_name  VARCHAR(100)  NULL,
    attachment_type  VARCHAR(100)  NULL,
    attachment       MEDIUMBLOB    NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    claimed_until    DATETIME(6)   NULL,
    last_error       VARCHAR(500)  NULL,
    sent_at          DATETIME(6)   NULL,
    CONSTRAINT fk_notification_emails_notification FOREIGN KEY (notification_id) REFERENCES notifications (id) ON DELETE CASCADE,
    INDEX ix_notification_emails_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
