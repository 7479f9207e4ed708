-- Whether the organisation's practitioners may invite young people and
-- parents or carers into their circles (issue 15, point 12), and who last
-- changed it. Off unless an administrator turns it on: a missing row, or a
-- row written for the second-factor setting, means off.
ALTER TABLE organisation_settings ADD COLUMN family_invites BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE organisation_settings ADD COLUMN family_invites_changed_by UUID;
ALTER TABLE organisation_settings ADD COLUMN family_invites_changed_at BIGINT;
