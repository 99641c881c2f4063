-- Partnerships: a board channel with its own chairs and secretaries, the theme groups that have
-- accepted its invitation, and a monthly board report claimed once per month.

CREATE TABLE partnership (
    id               ${id},
    workspace_id     TEXT NOT NULL REFERENCES workspace (id),
    channel_id       TEXT NOT NULL,                    -- the board channel
    name             TEXT NOT NULL,
    time_zone        TEXT NOT NULL,
    report_schedule  TEXT NOT NULL DEFAULT 'off' CHECK (report_schedule IN ('monthly', 'off')),
    reports_from     TEXT,                             -- no monthly report due before this instant is sent
    created_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    UNIQUE (workspace_id, channel_id)
);

CREATE TABLE partnership_role (
    partnership_id  BIGINT NOT NULL REFERENCES partnership (id),
    role            TEXT NOT NULL CHECK (role IN ('chair', 'secretary')),
    user_id         TEXT NOT NULL,
    position        INTEGER NOT NULL,
    PRIMARY KEY (partnership_id, role, user_id)
);

-- A group's place in a partnership: invited (shows nothing), member, or left (shows nothing again).
CREATE TABLE partnership_member (
    partnership_id  BIGINT NOT NULL REFERENCES partnership (id),
    group_id        BIGINT NOT NULL REFERENCES theme_group (id),
    status          TEXT NOT NULL CHECK (status IN ('invited', 'member', 'declined', 'left')),
    invited_by      TEXT NOT NULL,
    invited_at      TEXT NOT NULL,
    answered_by     TEXT,
    answered_at     TEXT,
    PRIMARY KEY (partnership_id, group_id)
);
-- A group belongs to one partnership at a time.
CREATE UNIQUE INDEX partnership_member_one ON partnership_member (group_id) WHERE status = 'member';

CREATE TABLE board_report_claim (
    partnership_id  BIGINT NOT NULL REFERENCES partnership (id),
    month           TEXT NOT NULL,                     -- e.g. 2026-12, partnership time zone
    claimed_at      TEXT NOT NULL,
    PRIMARY KEY (partnership_id, month)
);
