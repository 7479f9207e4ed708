# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.
# Email digests: the settings page, and the email itself. The email says only
# that something is waiting, never what, whose or where.

mail-digest-subject = Något nytt väntar på dig i Resilient Moves
mail-digest-body =
    Hej!

    Något nytt väntar på dig i Resilient Moves.

    Logga in för att se det:
    { $link }

    Du får det här mejlet eftersom du har bett om det. Om du inte vill få fler sådana mejl, logga in och öppna ”Mejl när något är nytt” på din startsida.

digest-title = Mejl
digest-home-link = Mejl när något är nytt
digest-lead = Vi kan skicka ett mejl till dig när något nytt väntar på dig här, till exempel en anteckning som har delats med dig eller en plan som ska följas upp. Mejlet säger aldrig vad det är, vem det handlar om eller vem som skrev det. Du loggar in för att se det.
digest-legend = Mejla mig när något nytt väntar på mig (mejlet säger aldrig vad)
digest-on = Ja, mejla mig
digest-off = Nej, mejla mig inte
digest-submit = Spara
digest-saved = Sparat.
digest-no-mail-server = Den här servern skickar inga mejl, så vi kan inte mejla dig när något är nytt. Titta på din startsida i stället.
digest-no-email = Du har ingen e-postadress här (du loggar in med ett användarnamn), så vi kan inte mejla dig. Titta på din startsida i stället.
digest-back-home = Tillbaka till din startsida
