-- Meetings: one sitting of a group, with attendance, numbered agenda items and discussion
-- notes; actions recorded during a meeting are filed under its current item.

ALTER TABLE theme_group ADD COLUMN next_meeting_number INTEGER NOT NULL DEFAULT 1;

CREATE TABLE meeting (
    id                 ${id},
    group_id           BIGINT NOT NULL REFERENCES theme_group (id),
    number             INTEGER NOT NULL,              -- ref M<number>, per group
    meeting_date       TEXT NOT NULL,
    title              TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('open', 'ended')),
    next_meeting_date  TEXT,
    next_position      INTEGER NOT NULL DEFAULT 1,    -- orders items, notes and actions as recorded
    started_by         TEXT NOT NULL,
    started_at         TEXT NOT NULL,
    ended_at           TEXT,
    UNIQUE (group_id, number)
);
-- One open meeting per group at a time.
CREATE UNIQUE INDEX meeting_one_open ON meeting (group_id) WHERE status = 'open';

CREATE TABLE meeting_attendee (
    meeting_id  BIGINT NOT NULL REFERENCES meeting (id),
    list        TEXT NOT NULL CHECK (list IN ('present', 'apologies')),
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('user', 'name', 'all')),
    value       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, list, position)
);

CREATE TABLE agenda_item (
    id          ${id},
    meeting_id  BIGINT NOT NULL REFERENCES meeting (id),
    number      INTEGER NOT NULL,
    title       TEXT NOT NULL,
    position    INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (meeting_id, number)
);

-- Discussion text under an item (or before the first one), and the matters-arising record of
-- earlier actions reviewed in the meeting (action_id set).
CREATE TABLE meeting_note (
    id              ${id},
    meeting_id      BIGINT NOT NULL REFERENCES meeting (id),
    agenda_item_id  BIGINT REFERENCES agenda_item (id),
    position        INTEGER NOT NULL,
    text            TEXT NOT NULL,
    action_id       BIGINT REFERENCES action (id),
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX meeting_note_by_meeting ON meeting_note (meeting_id, position);

ALTER TABLE action ADD COLUMN meeting_id BIGINT REFERENCES meeting (id);
ALTER TABLE action ADD COLUMN agenda_item_id BIGINT REFERENCES agenda_item (id);
ALTER TABLE action ADD COLUMN meeting_position INTEGER;
CREATE INDEX action_by_meeting ON action (meeting_id);
