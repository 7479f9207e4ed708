## The audit log

audit-title = Audit log
audit-lead = Every sign-in, change of role or second factor, and every time someone opened a person's record, newest first. It holds ids, never what was written.
audit-filter-action = Show
audit-filter-all = Every kind of event
audit-filter-submit = Filter
audit-empty = Nothing has been recorded yet.
audit-caption = Events in this organisation
audit-col-when = When
audit-col-who = Who
audit-col-what = What happened
audit-col-subject = About (id)
audit-col-detail = Detail
audit-older = Older events
audit-nobody = Nobody signed in
audit-action-setup_completed = Setup completed
audit-action-organisation_created = Organisation created
audit-action-sign_in = Signed in
audit-action-sign_in_failed = Sign-in failed
audit-action-sign_out = Signed out
audit-action-invite_created = Invitation created
audit-action-invite_used = Invitation used
audit-action-role_changed = Role given or changed
audit-action-mfa_changed = Second factor changed
audit-action-team_changed = Team made or changed
audit-action-record_read = Record opened
audit-action-durability_probe = Durability probe
