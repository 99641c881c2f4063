-- Action notes read from a Word file and shown for checking (/meeting import): held here, not in
-- the preview modal, until the person who asked confirms them or they expire. The modal carries
-- only the row's id, signed for that person.
CREATE TABLE pending_import (
    id            TEXT PRIMARY KEY,         -- random, unguessable
    workspace_id  TEXT NOT NULL,
    channel_id    TEXT NOT NULL,            -- the group's channel the file was shared in
    user_id       TEXT NOT NULL,            -- the chair or secretary who may confirm it
    file_name     TEXT NOT NULL,
    notes         TEXT NOT NULL,            -- the notes as read, people matched to members, as JSON
    expires_at    TEXT NOT NULL
);
CREATE INDEX pending_import_by_expiry ON pending_import (expires_at);
