-- Multi-workspace mode (#15): themebot installed with "Add to Slack" in many workspaces, a bot
-- token for each. Written by the install feature only.

-- One installation per workspace, or per Enterprise Grid organisation for an org-wide install
-- (install_key is then the enterprise id). Tokens are AES-GCM ciphertext, never plain text.
CREATE TABLE installation (
    install_key            TEXT PRIMARY KEY,             -- the team id, or the enterprise id of an org-wide install
    team_id                TEXT,                         -- empty for an org-wide install
    enterprise_id          TEXT,
    is_enterprise_install  BOOLEAN NOT NULL,
    app_id                 TEXT,
    bot_user_id            TEXT,
    bot_scope              TEXT,
    bot_token              TEXT NOT NULL,                -- encrypted
    refresh_token          TEXT,                         -- encrypted; only when token rotation is on
    token_expires_at       TEXT,                         -- when bot_token stops working (token rotation)
    installed_by           TEXT,                         -- the Slack user who added the app
    installed_at           TEXT NOT NULL,
    uninstalled_at         TEXT,                         -- app_uninstalled or tokens_revoked; a reinstall clears it
    refresh_owner          TEXT,                         -- the instance refreshing bot_token now, until refresh_until
    refresh_until          TEXT
);
CREATE INDEX installation_by_uninstall ON installation (uninstalled_at);

-- The teams of an org-wide install seen so far, so that later calls for a team (the scheduler's)
-- find the organisation's token.
CREATE TABLE installation_team (
    team_id      TEXT PRIMARY KEY,
    install_key  TEXT NOT NULL REFERENCES installation (install_key)
);

-- Workspaces themebot must not send to (uninstalled, or their tokens revoked): the outbox queues
-- nothing for them. A reinstall removes the row.
CREATE TABLE sending_stopped (
    workspace_id  TEXT PRIMARY KEY,
    stopped_at    TEXT NOT NULL
);

-- The OAuth state of each "Add to Slack" started: good once, until it expires.
CREATE TABLE oauth_state (
    state       TEXT PRIMARY KEY,
    expires_at  TEXT NOT NULL
);
