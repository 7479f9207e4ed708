# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.
# Emails (sent only when the installation has an SMTP server). Plain text.

mail-invitation-subject = Du är inbjuden att gå med i { $organisation }
mail-invitation-body =
    Hej!

    Du är inbjuden att gå med i { $organisation } på Resilient Moves som { $role }.

    Öppna den här länken för att tacka ja. Den fungerar en gång, i 72 timmar:
    { $link }

    Om du inte väntade dig det här kan du strunta i mejlet.
mail-reset-subject = Välj ett nytt lösenord för Resilient Moves
mail-reset-body =
    Hej!

    En administratör i { $organisation } har gjort en länk så att du kan välja ett nytt lösenord i Resilient Moves.

    Öppna länken för att välja ditt nya lösenord. Den fungerar en gång, i 24 timmar:
    { $link }

    Om du inte har bett om det här, säg till din yrkesperson eller organisationen.
mail-new-device-subject = Ditt konto i Resilient Moves användes på en ny enhet
mail-new-device-body =
    Hej!

    Någon loggade in på ditt konto i Resilient Moves från en enhet som vi inte har sett förut, { $when }.

    Om det var du behöver du inte göra något.
    Om det inte var du, säg till din yrkesperson så snart du kan, så att hen kan hjälpa dig att byta lösenord.
