-- The first remote connection of a booking (written by the remote-session module); without one by the no-show
-- time the booking is a no-show.
ALTER TABLE bookings ADD COLUMN attended_at DATETIME(6) NULL;

-- Reminders already sent, so a repeated or late firing never sends one twice.
CREATE TABLE booking_reminders_sent (
    booking_id      BIGINT      NOT NULL,
    before_minutes  INT         NOT NULL,
    sent_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (booking_id, before_minutes),
    CONSTRAINT fk_booking_reminders_booking FOREIGN KEY (booking_id) REFERENCES bookings (id)
) ENGINE=InnoDB;

-- Daily digests sent to a base's lab admins, one per base and day (Asia/Shanghai) whichever node runs the job.
CREATE TABLE lab_digests_sent (
    base_id  BIGINT      NOT NULL,
    day      DATE        NOT NULL,
    sent_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (base_id, day),
    CONSTRAINT fk_lab_digests_base FOREIGN KEY (base_id) REFERENCES training_bases (id)
) ENGINE=InnoDB;

-- Booking notices move into the notification center (V7), keeping what each said and whether it was read.
INSERT INTO notifications (user_id, kind, arguments, line_items, link, created_at, read_at)
SELECT user_id, 'earlier-notice',
       CONCAT('[{"message":', JSON_QUOTE(CONCAT('notification.earlier-notice.', kind)), '},{"text":',
              JSON_QUOTE(CASE WHEN booking_id IS NULL THEN '' ELSE CONCAT('#', booking_id) END), '},{"text":',
              JSON_QUOTE(note), '}]'),
       '[]', '/bookings', created_at, read_at
  FROM booking_notices;

DROP TABLE booking_notices;
