# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## Circles: one child, young person, adult or family with the people around them.

circles-home-link = Cirklar
circles-title = Cirklar
circles-start-link = Starta en cirkel
circles-mine-title = Cirklar du är med i
circles-mine-none = Du är inte med i någon cirkel än.
circles-teams-title = Dina teams cirklar
circles-teams-none = Dina team har inga cirklar som du inte redan är med i.
circles-mine-more = Fler cirklar du är med i
circles-teams-more = Fler cirklar i dina team
circles-list-first-page = Tillbaka till första sidan med cirklar
circles-member-count = { $count ->
    [one] 1 person
   *[other] { $count } personer
}
circles-back = Alla cirklar
circles-back-to-circle = Tillbaka till cirkeln
circles-errors-title = Det finns ett problem
circles-too-long = Det här får vara högst { $max } tecken långt.
circles-hidden-character = Det här innehåller ett dolt tecken som ändrar hur texten visas. Skriv det igen i stället för att klistra in det.
circles-stale = Någon ändrade cirkeln efter att du öppnade sidan, så inget sparades. Titta på cirkeln som den är nu och skicka sedan formuläret igen om du fortfarande vill.

## Starting a circle

circles-new-title = Starta en cirkel
circles-new-lead = En cirkel är den gemensamma platsen för ett barn, en ung person, en vuxen eller en familj och personerna runt dem. Du blir cirkelns första yrkesperson; sedan kan du lägga till fler personer.
circles-new-submit = Starta cirkeln
circles-new-form-expired = Formuläret har redan använts eller gick inte att läsa. Kontrollera uppgifterna och skicka det igen.
circles-focus-name = Namnet personen vill bli kallad
circles-focus-name-hint = Det namn som den unga (eller den vuxna eller familjen) vill bli kallad, högst 80 tecken.
circles-focus-name-missing = Skriv namnet personen vill bli kallad.
circles-pronouns = Pronomen (frivilligt)
circles-pronouns-missing = Skriv personens pronomen, eller lämna fältet tomt.
circles-age-legend = Ålder
circles-age-hint = Ange ett födelsedatum eller en åldersgrupp, eller inget av dem. Inte båda.
circles-birth-date = Födelsedatum (frivilligt)
circles-age-band = Åldersgrupp (frivilligt)
circles-age-band-none = Ingen åldersgrupp
circles-age-band-shown = Ålder { $band }
circles-born = Född { $date }
circles-birth-not-a-date = Skriv ett riktigt födelsedatum, till exempel 2012-03-27.
circles-birth-future = Födelsedatumet kan inte ligga i framtiden.
circles-birth-too-long-ago = Födelsedatumet är mer än 130 år sedan. Kontrollera året.
circles-birth-both = Ange ett födelsedatum eller en åldersgrupp, inte båda.
circles-age-band-unknown = Välj en av åldersgrupperna.
circles-languages = Språk (frivilligt)
circles-languages-hint = De språk personen talar, till exempel ”svenska, arabiska”.
circles-languages-missing = Skriv personens språk, eller lämna fältet tomt.
circles-protected = Skydda personens identitet
circles-protected-hint = Födelsedatum, ålder och språk visas då bara för yrkespersoner i den här cirkeln.
circles-team = Team (frivilligt)
circles-team-hint = Chefer för det här teamet kommer att kunna se cirkeln.
circles-team-none = Inget team
circles-team-unknown = Välj ett av din organisations team, eller inget team.
circles-done-created = Cirkeln har startats. Lägg nu till personerna runt hen.

## One circle

circles-nav-label = Den här cirkeln
circles-nav-overview = Översikt
circles-nav-members = Personer i cirkeln
circles-nav-people = Vem som kan se cirkeln
circles-status = Status
circles-status-open = Öppen
circles-status-closed = Stängd
circles-decider = Bestämmer om delning
circles-decider-young-person = { $name } bestämmer vad som delas, med vem och när.
circles-decider-member = { $name } bestämmer vad som delas, med vem och när.
circles-decider-you = Du bestämmer vad som delas, med vem och när.
circles-protected-practitioner = Personens identitet är skyddad: du ser uppgifterna eftersom du är yrkesperson i den här cirkeln.
circles-protected-hidden = Personens identitet är skyddad: bara yrkespersoner i den här cirkeln ser ålder och språk.
    .family = Personens ålder och språk är privata: bara personalen i den här cirkeln ser dem.
circles-protected-yours = Din ålder och dina språk är privata. Bara du och personalen i din cirkel kan se dem.
circles-members-heading = Personer i cirkeln
circles-no-account = inget konto
circles-add-link = Lägg till någon i cirkeln
circles-close-link = Stäng cirkeln
circles-reopen = Öppna cirkeln igen
circles-done-closed = Cirkeln har stängts.
circles-done-reopened = Cirkeln har öppnats igen.
circles-done-added = Personen har lagts till i cirkeln.

## Roles in a circle

circles-role = Personens roll i cirkeln
circles-role-choose = Välj en
circles-role-focus-person = Personen som cirkeln handlar om
circles-role-parent-carer = Förälder eller omsorgsperson
circles-role-practitioner = Yrkesperson
    .family = Personal
circles-role-guest-practitioner = Yrkesperson från en annan verksamhet
    .family = Personal från en annan verksamhet
circles-role-supporter = Stödperson
circles-role-missing = Välj personens roll i cirkeln.

## Adding someone

circles-members-title = Personer i cirkeln för { $name }
circles-add-title = Lägg till någon
circles-account-legend = Har personen ett konto här?
circles-account-no = Nej: personen kommer inte att logga in (till exempel en mor- eller farförälder, eller en yrkesperson från en annan verksamhet)
circles-account-yes = Ja: personen är medlem i den här organisationen
circles-email = Personens e-postadress eller användarnamn (om hen har ett konto)
circles-email-hint = Det som personen loggar in med. Unga har ofta ett användarnamn i stället för en e-postadress.
circles-email-invalid = Skriv personens e-postadress, till exempel namn@example.org, eller användarnamn.
circles-email-not-in-organisation = Ingen i din organisation som kan ha den här rollen har den e-postadressen eller det användarnamnet. Kontrollera det du skrev och rollen, eller lägg till personen utan konto.
circles-member-name = Namn
circles-member-name-hint = Vad personen kallas i den här cirkeln. För någon med konto kan du lämna tomt för att använda namnet på kontot.
circles-member-name-missing = Skriv personens namn.
circles-relationship = Relation (frivilligt)
circles-relationship-hint = Till personen som cirkeln handlar om, med dina ord, till exempel ”mormor” eller ”skolsköterska”.
circles-relationship-missing = Skriv personens relation, eller lämna fältet tomt.
circles-decides = Personen bestämmer om delning
circles-decides-hint = Bara för en förälder eller omsorgsperson, när den unga inte kan bestämma själv.
circles-decides-parent-only = Bara en förälder eller omsorgsperson kan vara den som bestämmer om delning.
circles-guest-no-account = En yrkesperson från en annan verksamhet är bara med i den här cirkeln, utan konto här. Välj ”Nej” ovan.
circles-already-member = Personen är redan med i cirkeln.
circles-full = Cirkeln har { $max } personer, så många som en cirkel kan ha.
circles-add-submit = Lägg till i cirkeln
circles-closed-no-adding = Cirkeln är stängd. Öppna den igen för att lägga till personer.

## Closing

circles-close-title = Stäng cirkeln för { $name }
circles-close-lead = När en cirkel stängs avslutas arbetet i den. Skriv en avslutande reflektion: vad har förändrats, och vad händer sedan? Cirkeln kan öppnas igen.
circles-reflection = Avslutande reflektion
circles-reflection-hint = Högst 4 000 tecken. Alla i cirkeln kan läsa den.
circles-reflection-missing = Skriv en avslutande reflektion.
circles-close-submit = Stäng cirkeln

## Who can see this circle

circles-people-title = Vem som kan se cirkeln för { $name }
circles-people-heading = Vem som kan se cirkeln för
circles-people-lead = Alla som står här är med i cirkeln. Allt som skrivs i cirkeln delas med de personer som den som skriver väljer: bara sig själv, yrkespersonerna i cirkeln eller hela cirkeln. Yrkespersoner kan också skriva en skyddsanteckning: alla får veta att den finns, men bara yrkespersoner kan läsa den.
    .family = Alla som står här är med i cirkeln. När någon skriver något här väljer hen vem som får se det: bara hen själv, personalen i cirkeln eller alla i cirkeln. Personalen kan också skriva en privat anteckning för att hålla någon trygg: alla får veta att en sådan anteckning finns, men bara personalen läser den.
circles-you = du
circles-sees-whole-circle = Ser det som delas med hela cirkeln.
circles-sees-practitioners = Ser det som delas med yrkespersonerna i cirkeln.
    .family = Ser det som delas med personalen i cirkeln.
circles-sees-restricted = Läser skyddsanteckningarna som yrkespersonerna skriver.
    .family = Läser de privata anteckningar som personalen skriver för att hålla någon trygg.
circles-sees-restricted-exists = Får veta när yrkespersonerna skriver en skyddsanteckning, men inte vad den säger.
    .family = Får veta när personalen skriver en privat anteckning för att hålla någon trygg, men inte vad den säger.
circles-sees-own-drafts = Ser sina egna utkast, som ingen annan ser.
circles-sees-protected-details = Ser de skyddade uppgifterna (ålder och språk).
    .family = Ser de privata uppgifterna (ålder och språk).
circles-sees-no-protected-details = Ser inte de skyddade uppgifterna (ålder och språk).
    .family = Ser inte de privata uppgifterna (ålder och språk).
circles-sees-no-account = Har inget konto och ser bara det som andra visar.
circles-team-managers-see = Chefer för teamet { $team } kan också öppna cirkeln. De ser det som delas med yrkespersonerna eller hela cirkeln, aldrig utkast.
    .family = Chefer för teamet { $team } kan också öppna cirkeln. De ser det som delas med personalen eller med alla i cirkeln, aldrig utkast.
circles-people-nobody-else = Ingen annan i din organisation, och ingen utanför den, kan öppna cirkeln.

## Sharing: who will see what one writes, and who wrote it
circles-audience-legend = Vem som kommer att se det här
circles-audience-hint = Du kan dela ett utkast senare. Ingen annan ser det förrän du gör det.
circles-audience-only-me = Bara jag, tills vidare (ett utkast)
circles-audience-practitioners = Yrkespersonerna i cirkeln
    .family = Personalen i cirkeln
circles-audience-whole-circle = Alla i cirkeln
circles-audience-restricted = En skyddsanteckning, som yrkespersonerna har hand om
    .family = En privat anteckning, som personalen skriver för att hålla någon trygg
circles-audience-seen-by = Ses av { $names }.
# The reader, as named in "Seen by …" (the object form where the language has one).
circles-audience-you = dig
circles-audience-and-team-managers = Chefer för cirkelns team kan också läsa det.
circles-audience-others-told = Alla andra i cirkeln får veta att det finns en anteckning, men inte vad den säger.
circles-names-and = { $names } och { $last }
circles-by = Av { $author }
circles-entered-by-with = Inskrivet av { $typist } tillsammans med { $author }
circles-restricted-exists = Yrkespersonerna har en anteckning.
    .family = Personalen har en privat anteckning här.
