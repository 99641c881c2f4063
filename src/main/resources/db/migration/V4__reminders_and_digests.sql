-- Reminders, weekly digests and proxies: each group's schedule, and a claim per reminder and
-- digest, so each is sent once across restarts and instances (the claim and the outbox rows of
-- its messages are written in one transaction).

ALTER TABLE theme_group ADD COLUMN reminder_days_before INTEGER NOT NULL DEFAULT 2;  -- 0: no "before" reminder
ALTER TABLE theme_group ADD COLUMN reminder_time TEXT NOT NULL DEFAULT '09:00';      -- HH:MM, group time zone
ALTER TABLE theme_group ADD COLUMN digest_day TEXT;                                  -- MONDAY … SUNDAY; NULL: no weekly digest
ALTER TABLE theme_group ADD COLUMN digest_time TEXT;                                 -- HH:MM, group time zone
ALTER TABLE theme_group ADD COLUMN digest_to_channel BOOLEAN NOT NULL DEFAULT FALSE; -- the channel gets it too
ALTER TABLE theme_group ADD COLUMN last_digest_at TEXT;                              -- "since the last digest" starts here
ALTER TABLE theme_group ADD COLUMN roundup_days INTEGER DEFAULT 3;                   -- NULL: no pre-meeting round-up

-- No reminder whose instant is before this is sent: set when the action is created, re-dated or
-- snoozed, so nothing is back-dated.
ALTER TABLE action ADD COLUMN reminders_from TEXT;
UPDATE action SET reminders_from = created_at;

-- A member who receives the reminders of an owner outside Slack ("Cllr Kevin Foster").
CREATE TABLE owner_proxy (
    group_id  BIGINT NOT NULL REFERENCES theme_group (id),
    name_key  TEXT NOT NULL,                   -- the name folded to lower case, for matching
    name      TEXT NOT NULL,                   -- as typed
    user_id   TEXT NOT NULL,
    PRIMARY KEY (group_id, name_key)
);

CREATE TABLE reminder_claim (
    action_id   BIGINT NOT NULL REFERENCES action (id),
    kind        TEXT NOT NULL CHECK (kind IN ('before', 'due', 'overdue')),
    for_date    TEXT NOT NULL,                 -- the day it is for, group time zone
    claimed_at  TEXT NOT NULL,
    PRIMARY KEY (action_id, kind, for_date)
);

CREATE TABLE digest_claim (
    group_id    BIGINT NOT NULL REFERENCES theme_group (id),
    week        TEXT NOT NULL,                 -- ISO week, e.g. 2026-W48
    claimed_at  TEXT NOT NULL,
    PRIMARY KEY (group_id, week)
);
