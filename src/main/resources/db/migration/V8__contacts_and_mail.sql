-- Members outside Slack (#14): each group's address book, and the signed one-click links in
-- mail that have been used (each works once).

-- People outside Slack a group can e-mail: owners, present and apologies typed by name.
CREATE TABLE contact (
    group_id         BIGINT NOT NULL REFERENCES theme_group (id),
    name_key         TEXT NOT NULL,            -- the name without titles, folded (Cllr Kevin Foster → kevin foster)
    name             TEXT NOT NULL,            -- as last typed
    email            TEXT NOT NULL,
    added_by         TEXT NOT NULL,            -- Slack user id of the chair or secretary
    added_at         TEXT NOT NULL,
    unsubscribed_at  TEXT,                     -- set by the one-click unsubscribe of a reminder or digest
    PRIMARY KEY (group_id, name_key)
);

-- A mail link's id once its change is made; kept until the link would have expired anyway.
CREATE TABLE mail_link_use (
    link_id     TEXT PRIMARY KEY,              -- the random id signed into the link
    purpose     TEXT NOT NULL CHECK (purpose IN ('done', 'update', 'unsubscribe')),
    expires_at  TEXT NOT NULL,
    used_at     TEXT NOT NULL
);
CREATE INDEX mail_link_use_by_expiry ON mail_link_use (expires_at);
