# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## The privacy notice of the organisation one works in

privacy-title = Integritetsmeddelande
privacy-heading = Så tar { $organisation } hand om dina uppgifter
privacy-please-read = Läs det här innan du börjar. Vi visar det igen om det ändras.
privacy-have-read = Jag har läst det här
privacy-read-standard = Läs standardversionen
privacy-read-young-person = Läs versionen för unga
privacy-no-organisation = Du arbetar inte i någon organisation, så det finns inget integritetsmeddelande att visa.
privacy-footer-link = Integritetsmeddelande
privacy-home-link = Läs integritetsmeddelandet igen

privacy-default-standard =
    { $organisation } använder Resilient Moves i arbetet med barn, unga och familjer, och med personerna runt dem.

    Vad vi sparar: namnen på personerna i varje cirkel, det som varje person skriver, de avstämningar och planer som ni gör tillsammans, och när personer loggar in.

    Varför: för att stödja den unga som står i centrum för cirkeln, tillsammans med dig. Vi använder uppgifterna inte till något annat.

    Vem som ser dem: varje gång du skriver något väljer du vem som ser det, och sidan berättar vilka det är. Yrkespersoner kan skriva en skyddsanteckning; alla får veta att en sådan anteckning finns.

    Hur länge: så länge vi arbetar med dig, och sedan så länge som lagen kräver.

    Dina rättigheter: du kan begära att få se allt vi har om dig, be oss rätta det och klaga hos Integritetsskyddsmyndigheten (IMY). Fråga din yrkesperson, eller kontakta { $organisation }.
    .family =
        { $organisation } använder Resilient Moves i arbetet med barn, unga och familjer, och med personerna runt dem.

        Vad vi sparar: namnen på personerna i din cirkel, det som varje person skriver, de avstämningar och planer som ni gör tillsammans, och när personer loggar in.

        Varför: för att hjälpa din unga, tillsammans med dig. Vi använder uppgifterna inte till något annat.

        Vem som ser dem: varje gång du skriver något väljer du vem som ser det, och sidan berättar vilka det är. Om någon i personalen är orolig för att någon inte är trygg kan de skriva en anteckning bara för personalen. Du får veta att anteckningen finns.

        Hur länge: så länge vi arbetar med dig, och sedan så länge som lagen säger.

        Dina rättigheter: du kan be att få se allt vi sparar om dig, och be oss rätta det som är fel. Om du inte är nöjd med hur vi tar hand om det kan du klaga hos Integritetsskyddsmyndigheten (IMY). Fråga personalen, eller kontakta { $organisation }.
privacy-default-young-person =
    Det här handlar om vad som händer med det du delar här.

    Vi sparar det du skriver, och det som de som hjälper dig skriver.

    Du väljer vem som ser det du skriver: bara du, dina kontaktpersoner eller alla i din cirkel. Vi berättar alltid vem som kommer att se det innan du delar.

    Om en kontaktperson är orolig för att du inte är trygg kan hen skriva en anteckning som bara de vuxna som arbetar med dig ser. Du får veta att det finns en sådan anteckning.

    Du kan be att få se allt vi sparar om dig. Du kan be oss rätta något som är fel. Fråga din kontaktperson.

## Administrators: changing the notice
privacy-admin-title = Integritetsmeddelande
privacy-admin-lead = Alla i { $organisation } får se det här meddelandet första gången de loggar in, och igen varje gång det ändras, tills de säger att de har läst det.
privacy-admin-version = Det här är version { $version }, sparad den { $date }.
privacy-admin-version-default = Det här är meddelandet som följer med Resilient Moves. Ändra det så att det beskriver hur din organisation arbetar.
privacy-admin-standard = Standardversionen
privacy-admin-young-person = Versionen för unga
privacy-admin-young-person-hint = Använd korta meningar och vardagliga ord.
privacy-admin-save = Spara en ny version
privacy-admin-saved = Sparat. Alla kommer att få se den nya versionen.
privacy-admin-stale = Någon annan sparade en ny version medan du redigerade. Deras version visas nedan som sparad; det du skrev finns kvar i rutorna. Titta på båda och spara sedan igen.
privacy-admin-errors-title = Det finns ett problem
privacy-admin-missing = Skriv den här versionen av meddelandet.
privacy-admin-too-long = Det här är längre än { $max } tecken.
privacy-admin-hidden-character = Det här innehåller ett dolt tecken som kan ändra hur texten läses. Skriv det igen utan tecknet.
privacy-admin-home-link = Ändra integritetsmeddelandet
