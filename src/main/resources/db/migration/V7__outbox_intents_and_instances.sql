-- The outbox keeps what a change means to say (an intent: a message kind and its domain data),
-- rendered when it is sent. Messages to one conversation go in order; a message is leased by the
-- one instance sending it, so several instances never send it twice.

ALTER TABLE outbox ADD COLUMN workspace_id TEXT;
ALTER TABLE outbox ADD COLUMN conversation TEXT NOT NULL DEFAULT 'legacy';  -- channel or user: the order key
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'legacy';          -- how the payload renders
ALTER TABLE outbox ADD COLUMN group_id BIGINT;                              -- whose secretaries hear of a failure
ALTER TABLE outbox ADD COLUMN subject TEXT;                                 -- e.g. action:12
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;                             -- the instance sending it
ALTER TABLE outbox ADD COLUMN lease_until TEXT;
ALTER TABLE outbox ADD COLUMN sent_channel TEXT;                            -- where Slack put it (a DM's D… id)
ALTER TABLE outbox ADD COLUMN sent_ts TEXT;                                 -- and its ts, for chat.update

CREATE INDEX outbox_heads ON outbox (status, conversation, id);
CREATE INDEX outbox_sent_message ON outbox (sent_channel, sent_ts);

-- Each running themebot, seen by its heartbeat: /healthz lists the cluster's members.
CREATE TABLE instance (
    id            TEXT PRIMARY KEY,
    host          TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    heartbeat_at  TEXT NOT NULL
);

-- A group's reminder, digest and round-up settings, written by the reminders feature only (they
-- were columns of theme_group). A group with no row has the defaults. digest_from: no weekly
-- digest is sent for a moment before it (set when the digest is set), so setting a digest
-- never sends one at once for a time already past.
CREATE TABLE group_schedule (
    group_id              BIGINT PRIMARY KEY REFERENCES theme_group (id),
    reminder_days_before  INTEGER NOT NULL DEFAULT 2,
    reminder_time         TEXT NOT NULL DEFAULT '09:00',
    digest_day            TEXT,
    digest_time           TEXT,
    digest_to_channel     BOOLEAN NOT NULL DEFAULT FALSE,
    digest_from           TEXT,
    last_digest_at        TEXT,
    roundup_days          INTEGER DEFAULT 3
);
INSERT INTO group_schedule (group_id, reminder_days_before, reminder_time, digest_day, digest_time, digest_to_channel,
                            digest_from, last_digest_at, roundup_days)
SELECT id, reminder_days_before, reminder_time, digest_day, digest_time, digest_to_channel,
       CASE WHEN digest_day IS NULL THEN NULL ELSE created_at END, last_digest_at, roundup_days
FROM theme_group;
ALTER TABLE theme_group DROP COLUMN reminder_days_before;
ALTER TABLE theme_group DROP COLUMN reminder_time;
ALTER TABLE theme_group DROP COLUMN digest_day;
ALTER TABLE theme_group DROP COLUMN digest_time;
ALTER TABLE theme_group DROP COLUMN digest_to_channel;
ALTER TABLE theme_group DROP COLUMN last_digest_at;
ALTER TABLE theme_group DROP COLUMN roundup_days;

-- Weekly digests are sent by the sweep (claimed per group and ISO week) at the moment the group's
-- settings give, so the per-group Quartz cron triggers of earlier releases go.
DELETE FROM QRTZ_CRON_TRIGGERS WHERE TRIGGER_GROUP = 'digests';
DELETE FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'digests';
DELETE FROM QRTZ_JOB_DETAILS WHERE JOB_GROUP = 'digests';
