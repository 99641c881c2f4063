-- Theme groups and their actions. Written for SQLite and PostgreSQL alike:
-- ${id} is the auto-numbered primary key of each, instants are ISO-8601 UTC text,
-- dates ISO-8601 text (yyyy-mm-dd). Later features add tables and columns by new migrations.

CREATE TABLE workspace (
    id          TEXT PRIMARY KEY,           -- Slack team_id
    created_at  TEXT NOT NULL
);

CREATE TABLE theme_group (
    id                  ${id},
    workspace_id        TEXT NOT NULL REFERENCES workspace (id),
    channel_id          TEXT NOT NULL,
    name                TEXT NOT NULL,
    time_zone           TEXT NOT NULL,
    next_action_number  INTEGER NOT NULL DEFAULT 1,   -- the N of the next action's ref AN
    created_by          TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    UNIQUE (workspace_id, channel_id)
);

CREATE TABLE group_role (
    group_id  BIGINT NOT NULL REFERENCES theme_group (id),
    role      TEXT NOT NULL CHECK (role IN ('chair', 'secretary')),
    user_id   TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (group_id, role, user_id)
);

CREATE TABLE action (
    id          ${id},
    group_id    BIGINT NOT NULL REFERENCES theme_group (id),
    number      INTEGER NOT NULL,                 -- ref A<number>, per group
    text        TEXT NOT NULL,
    timescale   TEXT NOT NULL,                    -- exactly as typed
    due_date    TEXT,                             -- what the timescale resolves to, if anything
    status      TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (group_id, number)
);
CREATE INDEX action_by_group_status ON action (group_id, status);

-- Owners in the order given: a Slack user, a free-text name, or everyone in the group.
CREATE TABLE action_owner (
    action_id  BIGINT NOT NULL REFERENCES action (id),
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('user', 'name', 'all')),
    value      TEXT NOT NULL,                     -- user id, the name as typed, or ALL
    PRIMARY KEY (action_id, position)
);
CREATE INDEX action_owner_by_user ON action_owner (kind, value);

-- Who did what to an action, and when: its history.
CREATE TABLE action_event (
    id         ${id},
    action_id  BIGINT NOT NULL REFERENCES action (id),
    kind       TEXT NOT NULL CHECK (kind IN ('created', 'update', 'done', 'redated', 'reassigned', 'dropped', 'reopened')),
    detail     TEXT NOT NULL,
    actor      TEXT NOT NULL,                     -- Slack user id
    at         TEXT NOT NULL
);
CREATE INDEX action_event_by_action ON action_event (action_id, id);

-- Real names of Slack users, from users.info, so no message asks twice.
CREATE TABLE slack_user (
    workspace_id  TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    real_name     TEXT NOT NULL,
    fetched_at    TEXT NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);

-- Every message the bot posts goes through here first, so nothing acknowledged is lost
-- and a key (a reminder's, a digest's) can never be sent twice.
CREATE TABLE outbox (
    id               ${id},
    dedupe_key       TEXT UNIQUE,
    method           TEXT NOT NULL,               -- Slack Web API method, e.g. chat.postMessage
    payload          TEXT NOT NULL,               -- its arguments as JSON
    status           TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT
);
CREATE INDEX outbox_pending ON outbox (status, next_attempt_at);

-- Requests already applied (a slash command's trigger id, an event's id), so a retry is not.
CREATE TABLE handled_request (
    request_key  TEXT PRIMARY KEY,
    handled_at   TEXT NOT NULL
);
