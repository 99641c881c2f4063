-- Members outside Slack, phase 2 (#14): action notes circulated by e-mail, claimed per person so a
-- second circulation of the same meeting is asked about first; and the chairs who take the weekly
-- digest by e-mail as well as by DM.

-- A meeting's action notes e-mailed to one address: written by meetings (circulation) only.
CREATE TABLE circulation (
    meeting_id  BIGINT NOT NULL REFERENCES meeting (id),
    address     TEXT NOT NULL,                 -- the contact's address when it was sent
    name        TEXT NOT NULL,                 -- the contact's name as then kept
    rounds      INTEGER NOT NULL,              -- 1, then one more for each "send again"
    sent_by     TEXT NOT NULL,                 -- Slack user id of the chair or secretary
    sent_at     TEXT NOT NULL,                 -- the latest round
    PRIMARY KEY (meeting_id, address)
);

-- A chair who asked for the digest by e-mail, at the address of the group's contact of that name
-- (their real name when they asked): written by the reminders feature only.
CREATE TABLE digest_by_mail (
    group_id     BIGINT NOT NULL REFERENCES theme_group (id),
    user_id      TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    asked_at     TEXT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
