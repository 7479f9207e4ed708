# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.
# Sharing in a circle: who decides, what they agreed may be shared, linking
# the young person's own account (issue 5).

audit-action-sharing_changed = Delning ändrad
sharing-nav = Delning

## Sharing agreements

sharing-title = Vad som får delas från cirkeln för { $name }
sharing-heading = Delning
sharing-lead = Här ser du vad som får delas med personer utanför cirkeln, och med vem, enligt det som har bestämts. Alla i cirkeln kan läsa det här. När någon ändrar sig avslutas överenskommelsen och sparas nedan, så att alla vet vad som gällde då.
sharing-decider-link = Vem som bestämmer, och hur man ändrar det
sharing-in-force-heading = Gäller nu
sharing-none = Inget har bestämts än. Inget delas utanför cirkeln utan en överenskommelse.
sharing-agreed-sentence = { $decider } har godkänt att { $with_whom } får veta om:
sharing-recorded-by = Antecknat av { $name } den { $date }.
sharing-recorded-with = Antecknat av { $name } tillsammans med { $decider } den { $date }.
sharing-ended-by = Avslutat av { $name } den { $date }.
sharing-end-button = Avsluta överenskommelsen
sharing-ended-heading = Avslutade överenskommelser
sharing-ended-lead = De här gäller inte längre. De sparas så att alla vet vad som gällde tidigare.
sharing-ended-label = Avslutad:
sharing-form-heading = Anteckna en ny överenskommelse
sharing-form-with = Du antecknar det här tillsammans med { $name }. Det kommer att stå så.
sharing-form-who-sees = Alla i cirkeln kommer att kunna läsa det. Det antecknas som det som { $name } har godkänt.
sharing-with-whom = Vem får veta?
sharing-with-whom-hint = En person eller en verksamhet utanför cirkeln, till exempel ”hennes skola” eller ”doktor Shah på vårdcentralen”.
sharing-with-whom-missing = Skriv vem som får veta.
sharing-what = Vad får de veta?
sharing-what-hint = Med orden från den som bestämmer, till exempel ”min plan” eller ”hur det är hemma”.
sharing-what-missing = Skriv vad de får veta.
sharing-record-button = Anteckna överenskommelsen
sharing-who-records = Bara den som bestämmer, eller en yrkesperson tillsammans med hen, kan anteckna eller avsluta en överenskommelse.
    .family = Bara den som bestämmer, eller någon i personalen tillsammans med hen, kan skriva ner eller avsluta en överenskommelse.
sharing-closed = Cirkeln är stängd. Överenskommelserna kan läsas men inte ändras.
sharing-no-decider = Ingen i cirkeln bestämmer om delning än, så inget kan godkännas. En yrkesperson i cirkeln kan välja vem som bestämmer.
    .family = Ingen i cirkeln bestämmer om delning än, så inget kan godkännas. Någon i personalen i cirkeln kan välja vem som bestämmer.
sharing-done-recorded = Överenskommelsen har antecknats.
sharing-done-already = Den här överenskommelsen har redan antecknats en gång.
sharing-done-ended = Överenskommelsen har avslutats. Den finns sparad nedan.
sharing-done-decider = Vem som bestämmer om delning har ändrats.
sharing-form-expired = Formuläret hade gått ut. Kontrollera det du skrev och skicka det igen.
sharing-decider-changed = Vem som bestämmer ändrades medan du skrev: nu bestämmer { $name }. Inget antecknades. Stäm av med { $name } och skicka det sedan igen.
sharing-ended-meanwhile = { $name } avslutade redan den här överenskommelsen den { $date }. Inget annat ändrades.

## Who decides

decider-title = Vem som bestämmer om delning i cirkeln för { $name }
decider-heading = Vem som bestämmer om delning
decider-back = Tillbaka till delning
decider-what-it-means = Den som bestämmer säger vad som får delas med personer utanför cirkeln, med vem och när. Det är den unga själv när hen kan bestämma. Annars är det en förälder eller omsorgsperson som cirkeln utser.
decider-who-changes = Bara yrkespersonerna i cirkeln kan ändra vem som bestämmer.
    .family = Bara personalen i cirkeln kan ändra vem som bestämmer.
decider-closed = Cirkeln är stängd. Öppna den igen för att ändra vem som bestämmer.
decider-form-heading = Ändra vem som bestämmer
decider-legend = Vem ska bestämma?
decider-choice-young = { $name } (den unga)
decider-choice-member = { $name } ({ $relationship })
decider-young-hint = { $name } bestämmer själv och antecknar det hen godkänner.
decider-young-no-account-hint = { $name } bestämmer själv. Hen har inget konto än, så en yrkesperson antecknar det hen godkänner tillsammans med hen.
    .family = { $name } bestämmer själv. Hen har inget konto än, så någon i personalen skriver ner det hen godkänner tillsammans med hen.
decider-member-hint = { $name } bestämmer för den unga och antecknar det hen godkänner.
decider-agreements-stay = Överenskommelser som redan har antecknats gäller tills någon avslutar dem. Från och med nu gäller det som den nya personen godkänner.
decider-submit = Spara vem som bestämmer
decider-choose = Välj en av personerna i listan.
decider-stale = Någon ändrade cirkeln medan du valde. Nu: { $now }. Du valde: { $yours }. Välj igen och spara om du fortfarande vill göra ändringen.

## Linking the young person's own account

members-link-heading = Koppla det egna kontot för { $name }
members-link-lead = Om { $name } har ett konto här som ung person, koppla det. Då loggar hen in som sig själv, ser sin egen cirkel och kan bestämma om delning.
members-link-email = Personens e-postadress eller användarnamn
members-link-submit = Koppla kontot
members-link-done = Kontot för { $name } är nu kopplat. Hen kan logga in och se cirkeln.
members-link-not-young = Ingen i din organisation med den e-postadressen eller det användarnamnet har ett konto som ung person. Kontrollera det du skrev.
members-link-in-circle = Det kontot finns redan i cirkeln, som någon annan.
members-link-already = { $name } har redan ett kopplat konto.

## Who can see this circle

sharing-people-link = Det som godkänts för delning
sharing-people-decider-link = Vem som bestämmer, och hur man ändrar det
sharing-people-decides = Bestämmer vad som delas utanför cirkeln, och antecknar eller avslutar överenskommelser.
sharing-people-decides-no-account = Bestämmer vad som delas utanför cirkeln. En yrkesperson antecknar det tillsammans med hen.
    .family = Bestämmer vad som delas utanför cirkeln. Någon i personalen skriver ner det tillsammans med hen.
sharing-people-records-with = Läser överenskommelserna om delning, och antecknar eller avslutar dem tillsammans med den som bestämmer.
sharing-people-reads = Läser överenskommelserna om delning.

## The copy of the circle (subject access)

export-decider-heading = Vem som bestämmer om delning
export-agreements-heading = Överenskommelser om delning
export-checks-heading = Avstämningar
export-check-started = Avstämning påbörjad den { $date }
export-check-agreed = Överens tillsammans
export-check-none-agreed = Inget överenskommet tillsammans än.
export-check-no-views = Du kan inte se någons svar i den här avstämningen.
export-answer = { $move }: { $status }
export-plans-heading = Planer
export-frameworks-heading = Resiliensramverket som används här
export-plan-made = Plan gjord den { $date }
export-plan-review = Nästa uppföljning: { $date }
export-plan-closed = Planen är avslutad.
export-plan-focus = Steg vi fokuserar på
export-plan-truths = Grundsanningarna
    .family = Frågor att tänka på
export-plan-actions = Aktiviteter
export-plan-action = { $what }: { $who }, senast { $date }. { $state }
export-plan-goals = Mål
export-plan-goal-ratings = Skattningar: { $scores }
export-plan-reviews = Uppföljningar
export-plan-review-worked = Det som fungerade: { $text }
export-plan-review-change = Det som behöver ändras: { $text }
