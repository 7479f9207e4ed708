# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## The circle's journal of notes

notes-nav = Anteckningar
notes-title = Anteckningar för { $name }
notes-heading = Anteckningar
notes-lead = Anteckningar om vad som har hänt, skrivna av personerna i cirkeln. Du ser de anteckningar som har delats med dig, och dina egna.
notes-older = Äldre anteckningar
notes-none = Det finns inga anteckningar som du kan läsa än.
notes-new-link = Skriv en anteckning
notes-change-link = Ändra eller dela anteckningen
notes-back = Tillbaka till anteckningarna
notes-shared-with = Delad med: { $audience }
notes-closed-read-only = Cirkeln är stängd. Du kan läsa anteckningarna, men ingen kan lägga till något eller ändra dem.
notes-date = { $day } { $month } { $year }
notes-month-1 = januari
notes-month-2 = februari
notes-month-3 = mars
notes-month-4 = april
notes-month-5 = maj
notes-month-6 = juni
notes-month-7 = juli
notes-month-8 = augusti
notes-month-9 = september
notes-month-10 = oktober
notes-month-11 = november
notes-month-12 = december

## Writing or changing a note

notes-new-title = Skriv en anteckning
notes-change-title = Ändra eller dela din anteckning
notes-body = Din anteckning
notes-body-hint = Vad som hände, med dina egna ord. Högst { $max } tecken.
notes-body-missing = Skriv något i anteckningen.
notes-about = Dagen det gäller
notes-about-hint = I dag, om du inte skriver om en tidigare dag.
notes-about-not-a-date = Skriv ett riktigt datum, till exempel 2025-11-24.
notes-about-future = Dagen kan inte ligga i framtiden.
notes-about-too-long-ago = Datumet är före 1900. Kontrollera året.
notes-with = Vems ord är det här?
notes-with-hint = Om du skriver ner någons ord tillsammans med hen, välj personen. Hen kommer också att se anteckningen, oavsett vem mer du delar den med.
notes-with-own = Mina egna ord
notes-with-member = { $name } ({ $role })
notes-with-unknown = Välj någon som är med i cirkeln, eller dina egna ord.
notes-with-not-yours = Bara yrkespersoner i cirkeln kan skriva en anteckning tillsammans med någon annan.
    .family = Bara personalen i cirkeln kan skriva en anteckning tillsammans med någon annan.
notes-audience-unknown = Välj vem som ska se anteckningen.
notes-not-a-member = Bara personer i cirkeln som har ett konto kan skriva anteckningar här.
notes-not-theirs = Bara den som skrev anteckningen, eller den som skrev in den tillsammans med hen, kan ändra den.
notes-kept-by-practitioners = Bara yrkespersoner kan ändra en skyddsanteckning.
    .family = Bara personalen kan ändra en privat anteckning som skrivs för att hålla någon trygg.
notes-circle-closed = Cirkeln är stängd, så inget sparades. Din text finns kvar nedan: kopiera den om du behöver den.
notes-form-expired = Formuläret har redan använts eller gick inte att läsa, så inget sparades. Din text finns kvar: kontrollera den och skicka den igen.
notes-stale = Någon ändrade anteckningen efter att du öppnade sidan, så inget sparades. Anteckningen som den är nu visas ovan; din text finns kvar nedan. Skicka den igen om du fortfarande vill ha din version.
notes-shared-warning = Anteckningen är redan delad ({ $audience }). Om du nu delar den med färre personer kan de som kunde se den redan ha läst den.
notes-current-heading = Anteckningen som den är nu
notes-current-meta = { $date }. Delad med: { $audience }
notes-new-submit = Spara anteckningen
notes-change-submit = Spara ändringarna
notes-done-written = Din anteckning har sparats.
notes-done-already = Anteckningen var redan sparad. Den sparades inte två gånger.
notes-done-changed = Dina ändringar har sparats.
notes-done-shared = Din anteckning är nu delad.
notes-done-narrowed = Din anteckning är nu delad med färre personer. De som kunde se den tidigare kan redan ha läst den.

## Export for a subject access request

export-overview-heading = Allt du kan se i cirkeln
export-overview-lead = Du kan få en kopia av allt i cirkeln som du har rätt att se, till exempel när du begär ut dina personuppgifter (registerutdrag).
    .family = Du kan få en kopia av allt i cirkeln som du får se. Du har rätt att se vad som sparas om dig.
export-page-link = En sida att skriva ut
export-json-link = En fil att ladda ner (JSON)
export-title = Allt i cirkeln för { $name } som du kan se
export-heading = Kopia av cirkeln
export-lead = Kopian innehåller bara det som du har rätt att se i cirkeln. Skyddsanteckningar som yrkespersonerna har visas bara med sitt datum.
    .family = Kopian innehåller bara det som du får se i cirkeln. Privata anteckningar som personalen skriver för att hålla någon trygg visas bara med sitt datum.
export-made = Gjord { $at }.
export-requested-by = Begärd av { $name }.
export-pronouns = Pronomen
export-languages = Språk
export-notes-heading = Anteckningar

audit-action-note_written = Anteckning skriven eller ändrad
audit-action-circle_exported = Cirkel exporterad
