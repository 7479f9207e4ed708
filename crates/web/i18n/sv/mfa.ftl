# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## The second factor: codes from an authenticator app for staff, recovery codes,
## the administrators' security page, and new-device notices for everyone else.

## The code page (second step of signing in)

mfa-code-title = Skriv in din kod
mfa-code-lead = Ditt lösenord var rätt. Skriv nu in den 6-siffriga koden från autentiseringsappen i din telefon.
mfa-code-label = Kod från din app
mfa-code-hint = 6 siffror, till exempel 123 456. En ny kod visas var 30:e sekund; varje kod fungerar en gång.
mfa-code-submit = Fortsätt
mfa-code-wrong = Koden stämmer inte, eller så har den redan använts. Vänta på en ny kod i appen och försök igen.
mfa-code-recovery-summary = Använd en reservkod i stället
mfa-code-recovery-label = Reservkod
mfa-code-recovery-hint = En av de 10 koder du fick när du ställde in appen, till exempel abcd-efgh-jkmn. Varje kod fungerar en gång.
mfa-code-recovery-submit = Fortsätt med en reservkod
mfa-code-lost = Har du tappat bort både telefonen och reservkoderna? Be administratören i din organisation att återställa din tvåfaktorsinloggning. Sedan ställer du in den igen.

## Setting up the second factor

mfa-enrol-title = Ställ in din tvåfaktorsinloggning
mfa-enrol-lead = Personal loggar in med sitt lösenord och en kod från en app i telefonen. Det skyddar uppgifterna om barn och familjer även om någon gissar ett lösenord. Det tar ungefär två minuter.
mfa-enrol-step-app-title = Skaffa en autentiseringsapp
mfa-enrol-step-app = Alla autentiseringsappar fungerar, till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP. Din organisation kanske redan har en.
mfa-enrol-step-add-title = Lägg till Resilient Moves i appen
mfa-enrol-step-scan = Välj att lägga till ett konto i appen och skanna den här QR-koden.
mfa-enrol-qr-label = QR-kod för att lägga till Resilient Moves i en autentiseringsapp
mfa-enrol-step-type = Om du inte kan skanna den, skriv in den här nyckeln i appen i stället (mellanslagen spelar ingen roll):
mfa-enrol-open-app = Eller öppna nyckeln i en autentiseringsapp på den här enheten
mfa-enrol-step-confirm-title = Skriv in koden som appen visar
mfa-enrol-code-label = Kod från din app
mfa-enrol-code-hint = 6 siffror. Det visar att appen är inställd.
mfa-enrol-submit = Bekräfta och fortsätt
mfa-enrol-wrong = Koden stämmer inte. Kontrollera att appen visar Resilient Moves, vänta på en ny kod och försök igen.

## Set up already

mfa-enrolled-title = Din tvåfaktorsinloggning
mfa-enrolled-since = Din autentiseringsapp har varit inställd sedan { $date }.
mfa-enrolled-codes-left = Reservkoder som du inte har använt än: { $count }
mfa-enrolled-lost = Om du tappar bort telefonen, be administratören i din organisation att återställa din tvåfaktorsinloggning.
mfa-back-home = Tillbaka till startsidan

## Recovery codes, shown once

mfa-recovery-title = Dina reservkoder
mfa-recovery-done = Din autentiseringsapp är inställd.
mfa-recovery-lead = Om du någon gång tappar bort telefonen kan du logga in med en av de här koderna i stället. Skriv ner dem eller skriv ut sidan, och förvara dem på ett säkert ställe där ingen annan ser dem. De visas inte igen.
mfa-recovery-once = Varje kod fungerar en gång.
mfa-recovery-continue = Jag har sparat mina koder, fortsätt

## The organisation's security settings (administrators)

mfa-security-title = Säker inloggning
mfa-security-lead = Personal (administratörer, chefer, yrkespersoner och läsbehöriga) loggar in med ett lösenord och en kod från en autentiseringsapp. Föräldrar, omsorgspersoner och unga loggar in med bara ett lösenord; de får besked när deras konto används från en ny enhet.
mfa-security-legend = Måste personalen använda en autentiseringsapp?
mfa-security-on = Ja (rekommenderas)
mfa-security-off = Nej, det räcker med ett lösenord
mfa-security-reason = Skäl till att stänga av det
mfa-security-reason-hint = Behövs bara för att stänga av det. Skälet sparas med inställningen, och ändringen antecknas i händelseloggen.
mfa-security-submit = Spara
mfa-security-saved = Inställningen är sparad.
mfa-security-choose = Välj om personalen måste använda en autentiseringsapp.
mfa-security-reason-missing = Ange ett skäl till att stänga av tvåfaktorsinloggningen.
mfa-security-reason-too-long = Skälet får vara högst 500 tecken.
mfa-security-reason-hidden-character = Skälet innehåller ett dolt tecken. Skriv det igen.
mfa-security-off-note = Avstängt av { $name } den { $date }.
mfa-security-off-on = Avstängt den { $date }.
mfa-security-off-from-start = Avstängt sedan organisationen skapades.
mfa-security-staff-title = Personal
mfa-security-staff-lead = Återställ en persons tvåfaktorsinloggning om hen har tappat bort både telefonen och reservkoderna. Personen loggas ut överallt och ställer in appen igen nästa gång hen loggar in.
mfa-security-staff-none = Det finns ingen personal i organisationen än.
mfa-security-staff-caption = Personal och deras tvåfaktorsinloggning
mfa-security-col-name = Namn
mfa-security-col-status = Tvåfaktorsinloggning
mfa-security-col-action = Åtgärd
mfa-security-staff-enrolled = Inställd den { $date }
mfa-security-staff-not-enrolled = Inte inställd än
mfa-security-reset = Återställ tvåfaktorsinloggningen
mfa-security-reset-done = Tvåfaktorsinloggningen har återställts. Personen ställer in den igen nästa gång hen loggar in.
mfa-security-reset-nothing = Personen hade ingen tvåfaktorsinloggning att återställa.
mfa-security-reset-refused-other-organisation = Personen hör också till en annan organisation, så tvåfaktorsinloggningen kan inte återställas härifrån. En administratör för installationen kan hjälpa till.
mfa-security-reset-refused-installation-admin = Personen är administratör för installationen, så tvåfaktorsinloggningen kan inte återställas härifrån.
mfa-security-reset-refused-yourself = Du kan inte återställa din egen tvåfaktorsinloggning. Om du har tappat bort den, fråga en annan administratör.
mfa-security-reset-refused = Personens tvåfaktorsinloggning kan inte återställas härifrån.

## The home page

mfa-new-device-notice = Vi märkte en inloggning från en ny enhet den { $date }. Om det inte var du, säg till din kontaktperson.
mfa-home-two-factor-link = Din tvåfaktorsinloggning (autentiseringsapp)
mfa-home-security-link = Säker inloggning

## The audit log

audit-action-new_device_sign_in = Inloggad från en ny enhet
mfa-security-staff-more = Mer personal
