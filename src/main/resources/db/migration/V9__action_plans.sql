-- Action plans: a group's multi-year objectives in the five columns of a partnership's
-- "Action Plan 2008/10" (Action | Methodology | Timescale [Lead Member] | Measurables / Outputs |
-- Outcomes [Review Comments]), reviewed at meetings, with actions linked to them.

CREATE TABLE plan_item (
    id              ${id},
    group_id        BIGINT NOT NULL REFERENCES theme_group (id),
    number          INTEGER NOT NULL,                  -- ref P<number>, per group
    objective       TEXT NOT NULL,                     -- the Action column
    timescale       TEXT NOT NULL,                     -- exactly as typed
    start_date      TEXT,                              -- the first day the timescale covers, if known
    end_date        TEXT,                              -- the last day it covers, if known
    lead_kind       TEXT,                              -- user, name or all (later: contact); NULL: no lead named
    lead_value      TEXT,
    status          TEXT NOT NULL CHECK (status IN ('on-track', 'at-risk', 'achieved', 'dropped')),
    status_comment  TEXT,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (group_id, number)
);

-- The Methodology column: one step a line, in order.
CREATE TABLE plan_step (
    plan_item_id  BIGINT NOT NULL REFERENCES plan_item (id),
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    PRIMARY KEY (plan_item_id, position)
);

-- The Measurables / Outputs column, each ticked when done.
CREATE TABLE plan_measure (
    plan_item_id  BIGINT NOT NULL REFERENCES plan_item (id),
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    done_at       TEXT,                                -- NULL: not done yet
    PRIMARY KEY (plan_item_id, position)
);

-- Dated review comments and status changes: the Outcomes column's history.
CREATE TABLE plan_review (
    id            ${id},
    plan_item_id  BIGINT NOT NULL REFERENCES plan_item (id),
    kind          TEXT NOT NULL CHECK (kind IN ('comment', 'status')),
    text          TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    meeting_id    BIGINT REFERENCES meeting (id),      -- the meeting it was made at, when one was open
    at            TEXT NOT NULL
);
CREATE INDEX plan_review_by_item ON plan_review (plan_item_id, at);

-- An action serves at most one plan item; the action itself belongs to actions.
CREATE TABLE plan_action_link (
    action_id     BIGINT PRIMARY KEY REFERENCES action (id),
    plan_item_id  BIGINT NOT NULL REFERENCES plan_item (id),
    linked_by     TEXT NOT NULL,
    linked_at     TEXT NOT NULL
);
CREATE INDEX plan_action_link_by_item ON plan_action_link (plan_item_id);

-- How often a group's meetings review the plan; a group with no row reviews at every meeting.
CREATE TABLE plan_settings (
    group_id        BIGINT PRIMARY KEY REFERENCES theme_group (id),
    review_cadence  TEXT NOT NULL CHECK (review_cadence IN ('every', 'quarterly', 'off'))
);
