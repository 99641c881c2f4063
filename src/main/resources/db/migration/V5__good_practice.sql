-- Good practice: examples and case studies members submit, tied to the equality strands and
-- the group's guiding principles, tabled at the next meeting and then discussed.

ALTER TABLE theme_group ADD COLUMN next_submission_number INTEGER NOT NULL DEFAULT 1;

-- The strands a group tracks, in its order; a group with none tracks the six statutory strands.
CREATE TABLE group_strand (
    group_id  BIGINT NOT NULL REFERENCES theme_group (id),
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (group_id, position)
);

CREATE TABLE group_principle (
    group_id  BIGINT NOT NULL REFERENCES theme_group (id),
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (group_id, position)
);

CREATE TABLE submission (
    id            ${id},
    group_id      BIGINT NOT NULL REFERENCES theme_group (id),
    number        INTEGER NOT NULL,                    -- ref G<number>, per group
    title         TEXT NOT NULL,
    description   TEXT NOT NULL,
    link          TEXT NOT NULL,                       -- empty when none
    principle     TEXT,                                -- the guiding principle it illustrates, if any
    submitted_by  TEXT NOT NULL,                       -- Slack user id of whoever typed it
    on_behalf_of  TEXT,                                -- a submitter outside Slack, as typed
    status        TEXT NOT NULL CHECK (status IN ('submitted', 'tabled', 'discussed', 'withdrawn')),
    meeting_id    BIGINT REFERENCES meeting (id),      -- the meeting it was tabled at, once that started
    submitted_at  TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (group_id, number)
);
CREATE INDEX submission_by_group_status ON submission (group_id, status);
CREATE INDEX submission_by_meeting ON submission (meeting_id);

-- The strands a submission concerns, by name: changing the group's strands keeps these.
CREATE TABLE submission_strand (
    submission_id  BIGINT NOT NULL REFERENCES submission (id),
    position       INTEGER NOT NULL,
    strand         TEXT NOT NULL,
    PRIMARY KEY (submission_id, position)
);
