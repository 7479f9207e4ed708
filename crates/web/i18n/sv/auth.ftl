# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## Signing in and out

nav-sign-in = Logga in
nav-sign-out = Logga ut
sign-in-title = Logga in
sign-in-login = E-postadress eller användarnamn
sign-in-login-hint = Unga och föräldrar som inte har någon e-postadress använder det användarnamn de fått av sin kontaktperson.
sign-in-password = Lösenord
show-password = Visa lösenordet
sign-in-submit = Logga in
sign-in-failed = E-postadressen, användarnamnet eller lösenordet stämmer inte. Kontrollera dem och försök igen.
sign-in-forgotten = Har du glömt ditt lösenord? Be din kontaktperson eller administratören i din organisation om en ny länk.
sign-in-signed-out = Du har loggat ut.
sign-in-expired = För din säkerhet loggades du ut efter en stund utan aktivitet. Logga in igen.
error-429-retry = Du kan försöka igen om { $minutes } minuter.

## First run

setup-title = Kom igång med Resilient Moves
setup-lead = Det finns ingen organisation än. Skapa den första och dess administratör.
setup-code = Startkod
setup-code-hint = Servern skrev ut den här koden i sin logg när den startade. Den ser ut ungefär så här: ABCD-EFGH-JKLM-NPQR.
setup-org-name = Namnet på din organisation
setup-admin-name = Ditt namn
setup-admin-email = Din e-postadress
setup-password = Välj ett lösenord
setup-password-hint = Minst 8 tecken. Några ord som du kan komma ihåg fungerar bra. Undvik vanliga lösenord.
setup-submit = Skapa organisationen
setup-wrong-code = Startkoden stämmer inte. Titta i serverns logg efter koden som den skrev ut när den startade.
setup-errors-title = Det finns ett problem
setup-field-error = { $field }: { $problem }

## Signed-in home

home-signed-in-as = Inloggad som { $name }
home-working-in = Du arbetar i { $organisation }.
home-your-roles = Dina roller här: { $roles }
home-no-membership = Du är inte medlem i någon organisation än. Be en administratör att bjuda in dig.
home-switch = Byt organisation
home-switch-submit = Byt
home-installation-admin = Du är administratör för den här installationen.
role-org_admin = administratör
role-manager = chef
role-practitioner = yrkesperson
    .family = personal
role-parent_carer = förälder eller omsorgsperson
role-young_person = ung person
role-viewer = läsbehörig
setup-error-code-missing = Skriv in startkoden som visas i serverns logg.
setup-error-code-shape = Startkoden består av 16 bokstäver och siffror, till exempel ABCD-EFGH-JKLM-NPQR. Kopiera den från serverns logg.
setup-error-org-empty = Skriv in organisationens namn.
setup-error-org-too-long = Organisationens namn får vara högst 120 tecken.
setup-error-org-hidden-character = Organisationens namn innehåller ett dolt tecken. Skriv det igen.
setup-error-name-empty = Skriv in ditt namn.
setup-error-name-too-long = Ditt namn får vara högst 120 tecken.
setup-error-name-hidden-character = Ditt namn innehåller ett dolt tecken. Skriv det igen.
setup-error-email-empty = Skriv in din e-postadress.
setup-error-email-too-long = Din e-postadress får vara högst 254 tecken.
setup-error-email-hidden-character = Din e-postadress innehåller ett dolt tecken. Skriv den igen.
setup-error-email-shape = Skriv en e-postadress i rätt form, till exempel namn@example.org.
password-too-short = Ditt lösenord måste vara minst 8 tecken långt.
password-too-long = Ditt lösenord får vara högst 256 tecken.
password-common = Det lösenordet är ett av dem som oftast gissas. Välj ett annat: några ord som inte hör ihop fungerar bra.
password-same-as-login = Ditt lösenord får inte vara din e-postadress eller ditt användarnamn.
home-audit-link = Läs händelseloggen
idle-warning = För din säkerhet loggas du ut om 2 minuter om inget händer. Välj ”Förbli inloggad” för att fortsätta där du är.
idle-stay = Förbli inloggad
