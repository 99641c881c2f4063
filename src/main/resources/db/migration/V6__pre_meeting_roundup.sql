-- The pre-meeting round-up: N days before a group's next meeting each owner is asked how their
-- open actions stand; the chair gets a roll-up of the answers the day before.

CREATE TABLE roundup_claim (
    group_id      BIGINT NOT NULL REFERENCES theme_group (id),
    meeting_date  TEXT NOT NULL,               -- the meeting it is for
    kind          TEXT NOT NULL CHECK (kind IN ('roundup', 'rollup')),
    claimed_at    TEXT NOT NULL,
    PRIMARY KEY (group_id, meeting_date, kind)
);

-- The latest answer about an action before a meeting.
CREATE TABLE roundup_answer (
    action_id     BIGINT NOT NULL REFERENCES action (id),
    meeting_date  TEXT NOT NULL,
    group_id      BIGINT NOT NULL REFERENCES theme_group (id),
    answer        TEXT NOT NULL CHECK (answer IN ('done', 'in_progress', 'blocked', 'carry_forward')),
    user_id       TEXT NOT NULL,
    answered_at   TEXT NOT NULL,
    PRIMARY KEY (action_id, meeting_date)
);
CREATE INDEX roundup_answer_by_group ON roundup_answer (group_id, meeting_date);
