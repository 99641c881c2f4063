-- pending_import holds action plans read from Word (/plan import) as well as action notes: each
-- row says which, so a preview of one can never be confirmed as the other. Rows held before this
-- were all action notes.
ALTER TABLE pending_import ADD COLUMN kind TEXT NOT NULL DEFAULT 'meeting';
