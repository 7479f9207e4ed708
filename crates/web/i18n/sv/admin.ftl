# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## The audit log

audit-title = Händelselogg
audit-lead = Varje inloggning, varje ändring av roll eller tvåfaktorsinloggning, och varje gång någon öppnade en persons uppgifter, den nyaste först. Loggen innehåller id-nummer, aldrig det som skrevs.
audit-filter-action = Visa
audit-filter-all = Alla sorters händelser
audit-filter-submit = Filtrera
audit-empty = Inget har loggats än.
audit-caption = Händelser i organisationen
audit-col-when = När
audit-col-who = Vem
audit-col-what = Vad som hände
audit-col-subject = Gäller (id)
audit-col-detail = Detaljer
audit-older = Äldre händelser
audit-nobody = Ingen inloggad
audit-action-setup_completed = Installationen slutförd
audit-action-organisation_created = Organisation skapad
audit-action-sign_in = Inloggad
audit-action-sign_in_failed = Inloggningen misslyckades
audit-action-sign_out = Utloggad
audit-action-invite_created = Inbjudan skapad
audit-action-invite_used = Inbjudan använd
audit-action-role_changed = Roll tilldelad eller ändrad
audit-action-mfa_changed = Tvåfaktorsinloggning ändrad
audit-action-password_set = Lösenord valt med en engångslänk
audit-action-password_reset_issued = Länk för att återställa lösenord skapad
audit-action-team_changed = Team skapat eller ändrat
audit-action-record_read = Uppgifter öppnade
audit-action-read_refused = Uppgifter nekade (hittades inte, eller personen fick inte öppna dem)
audit-action-circle_changed = Cirkel startad eller ändrad
audit-action-privacy_notice_changed = Integritetsmeddelande ändrat
audit-action-durability_probe = Kontroll av att data sparas
