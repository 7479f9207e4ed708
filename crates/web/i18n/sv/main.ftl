# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## The frame of every page

site-name = Resilient Moves
skip-to-content = Hoppa till huvudinnehållet
nav-label = Huvudmeny
nav-home = Start
nav-framework = Resiliensramverket
footer-about = Resilient Moves är fri programvara med öppen källkod för resiliensarbete (Resilient Therapy).
footer-framework-credit = Resiliensramverket är skapat av Hart & Blincow med Thomas (2012) och BoingBoing, och bygger på Hart, Blincow & Thomas (2007), Resilient Therapy.
demo-banner = Demodata: allt här är påhittat så att du kan prova plattformen.

## Home

home-title = Välkommen till Resilient Moves
home-lead = En gemensam plats där unga, deras familjer och yrkespersoner arbetar tillsammans med resiliensramverket.
    .family = En gemensam plats där unga, deras familjer och personalen som hjälper dem arbetar tillsammans med resiliensramverket.
home-running = Om du har ett konto kan du logga in och se dina cirklar och det som väntar på dig.
home-explore = Titta på resiliensramverket

## Error pages

error-reference = Om du kontaktar supporten, ange den här referensen: { $id }
error-go-home = Gå till startsidan
error-400-title = Något i förfrågan blev fel
error-400-body = Gå tillbaka och kontrollera det du skrev.
error-403-title = Det kan du inte göra här
error-403-body = Ditt konto tillåter inte detta. Om du tycker att det borde gå, fråga administratören i din organisation.
error-404-title = Sidan hittades inte
error-404-body = Sidan kan ha flyttats, eller så är adressen felstavad.
error-405-title = Det fungerade inte
error-405-body = Sidan kan inte användas på det sättet. Gå tillbaka och försök igen.
error-408-title = Det tog för lång tid
error-408-body = Försök igen.
error-413-title = Det var för mycket att skicka på en gång
error-413-body = Korta ner det du skrev, eller skicka det i flera delar. Inget har sparats.
error-415-title = Den sortens innehåll tas inte emot
error-415-body = Gå tillbaka och försök igen.
error-422-title = Något i formuläret blev fel
error-422-body = Gå tillbaka och kontrollera det du skrev.
error-429-title = För många försök
error-429-body = Vänta några minuter och försök igen.
error-500-title = Förlåt, något gick fel hos oss
error-500-body = Inget av det du skrev har försvunnit. Försök igen om en liten stund.
error-503-title = Tjänsten fungerar inte just nu
error-503-body = Försök igen om några minuter.
error-busy-title = Många loggar in just nu
error-busy-body = Vänta några sekunder och försök igen. Inget av det du skrev har kontrollerats eller sparats.
error-other-title = Något gick fel
error-other-body = Gå tillbaka och försök igen.
error-401-title = Logga in igen
error-401-body = För din säkerhet loggades du ut efter en stund utan aktivitet.
error-cross-site-title = Förfrågan kom från en annan webbplats
error-cross-site-body = För din säkerhet genomfördes den inte. Om du ville göra detta, gå tillbaka till Resilient Moves och försök igen där.
error-too-many-writes-title = Vänta en liten stund
error-too-many-writes-body = Du har sparat väldigt många ändringar den senaste timmen, fler än någon brukar behöva, så inget mer kan sparas just nu. Det du nyss skickade sparades inte: spara en kopia av det och försök igen om en timme. Om det här fortsätter att hända, säg till administratören i din organisation.
error-stale-form-title = Formuläret har gått ut
error-stale-form-body = Inget sparades. Gå tillbaka, ladda om sidan och skicka formuläret igen.
error-session-expired-title = Du loggades ut innan formuläret skickades
error-session-expired-body = För din säkerhet loggades du ut efter en stund utan aktivitet. Logga in igen och skicka sedan formuläret igen.
