-- A group may keep weekly reminders for actions overdue for more than a year (the default is every 4 weeks).
ALTER TABLE group_schedule ADD COLUMN long_overdue_weekly BOOLEAN NOT NULL DEFAULT FALSE;
