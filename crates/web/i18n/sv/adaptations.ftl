# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## The organisation's adaptation of the framework, for its administrators.

audit-action-framework_adapted = Ramverket anpassat
adapt-home-link = Ramverk
adapt-title = Din organisations ramverk
adapt-lead = Så här använder din organisation resiliensramverket. Du kan lägga till egna steg, formulera om steg, dölja steg som ni inte använder, välja en formulering eller översättning och ange vem som har hjälpt till med ändringarna. Varje ändring sparas som en ny version: dokumentation som gjorts tidigare behåller den formulering den gjordes med.
adapt-errors-title = Det finns ett problem
adapt-stale = Någon annan sparade en ändring i ramverket medan du arbetade (det är nu version { $version }). Inget av det du skickade sparades. Titta på ramverket som det är nu och skicka sedan din ändring igen: det du skrev finns kvar här.
adapt-back = Tillbaka till din organisations ramverk
adapt-draft = Utkast
adapt-newer-title = En nyare utgåva av ramverket
adapt-newer-lead = Er organisation använder en äldre utgåva. Den nyare är:
adapt-newer-keeps = I den nyare utgåvan är vissa steg formulerade på ett annat sätt, närmare det publicerade ramverket. Era egna steg, omformuleringar och dolda steg blir kvar som de är. Avstämningar och planer som redan är gjorda behåller de ord de gjordes med.
adapt-newer-wording = Formuleringen eller översättningen ni har valt hör till den äldre utgåvan. När ni har bytt, välj en formulering för den nyare utgåvan nedan.
adapt-newer-submit = Använd den nyare utgåvan

adapt-in-force-title = Används nu
adapt-version = Version
adapt-version-none = Inte ändrat än
adapt-edition = Utgåva
adapt-overlay = Formulering
adapt-overlay-none = Utgåvans egen formulering
adapt-credit = Gjort tillsammans med
adapt-credit-none = Ingen har fått erkännande än

adapt-moves-title = Steg
adapt-moves-lead = Välj ett steg för att formulera om det eller dölja det.
adapt-tag-local = Ert eget steg
adapt-tag-reworded = Omformulerat
adapt-tag-hidden = Dolt
adapt-tag-in-use = Används

adapt-add-title = Lägg till ett eget steg
adapt-add-lead = Ert eget steg läggs till i ett område och får ett eget nytt namn, så att det aldrig kan blandas ihop med ett publicerat steg.
adapt-add-compartment = Område
adapt-label = Benämning
adapt-label-hint = Några ord, högst 200 tecken.
adapt-description = Beskrivning
adapt-description-hint = Frivilligt. En eller två meningar om vad steget betyder.
adapt-category = Förändra förutsättningarna
adapt-category-hint = Frivilligt. Välj en om steget handlar om världen runt personen.
adapt-category-none = Ingen
adapt-add-submit = Lägg till steget

adapt-overlays-title = Formuleringar och översättningar
adapt-overlays-lead = En formulering eller översättning ändrar benämningarna som folk ser. Titta på den först; den används i dokumentationen först när du har godkänt den.
adapt-overlays-none = Det finns inga formuleringar eller översättningar för den här utgåvan.
adapt-overlay-drop = Gå tillbaka till utgåvans egen formulering

adapt-edition-title = Utgåva
adapt-edition-choose = Ramverkets utgåva
adapt-edition-hint = Om du byter utgåva behålls era egna steg, omformuleringar och dolda steg, om den nya utgåvan har deras områden och steg.
adapt-edition-submit = Använd den här utgåvan

adapt-credit-title = Vem som gjorde ändringarna
adapt-credit-label = Gjort tillsammans med
adapt-credit-hint = Skriv vem som har varit med och tagit fram ändringarna, med deras egna ord, till exempel ”Tisdagsgruppen för unga”. Lämna tomt för att ta bort erkännandet.
adapt-credit-submit = Spara erkännandet

adapt-file-title = Arbeta med en fil
adapt-file-lead = Praktikergemenskaper kan ladda ner era ändringar som en fil, redigera den och lämna tillbaka den.
adapt-export = Ladda ner ändringarna som en fil (TOML)
adapt-import = Lämna tillbaka en fil

adapt-history-title = Versioner
adapt-history-none = Inget har ändrats än.
adapt-history-caption = Alla versioner av din organisations ramverk, den nyaste först
adapt-history-nobody = Ingen namngiven
adapt-history-older = Äldre versioner
adapt-col-version = Version
adapt-col-when = När
adapt-col-who = Vem
adapt-col-what = Vad som ändrades

adapt-change-adopted = Utgåva { $id } började användas
adapt-change-overlay-accepted = Formulering { $id } godkänd
adapt-change-overlay-dropped = Tillbaka till utgåvans egen formulering
adapt-change-move-added = Steg { $id } tillagt
adapt-change-reworded = Steg { $id } omformulerat
adapt-change-hidden = Steg { $id } dolt
adapt-change-unhidden = Steg { $id } visas igen
adapt-change-credited = Erkännandet ändrat
adapt-change-imported = Fil tillbakalämnad

adapt-done-adopted = Utgåvan är ändrad.
adapt-done-overlay = Formuleringen är ändrad.
adapt-done-added = Ert steg är tillagt.
adapt-done-reworded = Steget är omformulerat.
adapt-done-hidden = Steget är dolt. Dokumentation som redan använder det visar det fortfarande.
adapt-done-shown = Steget erbjuds igen.
adapt-done-credited = Erkännandet är sparat.
adapt-done-imported = Filen är tillbakalämnad som en ny version.
adapt-done-unchanged = Inget var annorlunda, så inget sparades.

adapt-move-title = Steg: { $label }
adapt-move-id = Namn i dokumentationen
adapt-move-compartment = Område
adapt-move-standard = Standardformulering
adapt-move-status = Status
adapt-move-hidden = Dolt: erbjuds inte i ny dokumentation
adapt-move-offered = Erbjuds i ny dokumentation
adapt-move-meaning = En omformulering behåller vad steget betyder: dokumentation som använder det behåller sin egen formulering.
adapt-reword-title = Formulera om steget
adapt-reword-hint = Lämna båda rutorna tomma för att gå tillbaka till standardformuleringen.
adapt-reword-submit = Spara formuleringen
adapt-hide-title = Dölj steget
adapt-unhide-title = Erbjud steget igen
adapt-hide-lead = Ett dolt steg erbjuds inte i ny dokumentation. Det raderas inte: dokumentation som använder det visar det fortfarande.
adapt-hide-submit = Dölj steget
adapt-unhide-submit = Erbjud steget igen

adapt-preview-title = Formulering: { $title }
adapt-preview-heading = Formulering:
adapt-preview-draft = den här formuleringen har inte granskats av dem som den är till för. Du kan titta på den, men den används i dokumentationen bara om du godkänner den och vet om det.
adapt-preview-by = Gjord av
adapt-preview-licence = Licens
adapt-preview-note = Obs
adapt-preview-in-use = Din organisation använder den här formuleringen.
adapt-preview-moves = Så här lyder stegen
adapt-accept-title = Använd formuleringen i dokumentationen
adapt-accept-confirm-draft = Jag förstår att formuleringen är ett utkast och vill ändå använda den i dokumentationen
adapt-accept-submit = Använd den här formuleringen

adapt-import-title = Lämna tillbaka en fil
adapt-import-lead = Klistra in hela filen som du laddade ner och redigerade. Den kontrolleras först: om något är fel sparas inget, och varje problem visas med sitt radnummer.
adapt-import-text = Filen
adapt-import-hint = Öppna filen i en textredigerare, kopiera allt och klistra in det här.
adapt-import-submit = Kontrollera och spara
adapt-import-errors-title = Filen sparades inte
adapt-import-empty = Klistra först in filen i rutan.

adapt-error-unknown-edition = Välj en av utgåvorna i listan.
adapt-error-unknown-compartment = Välj ett av områdena i listan.
adapt-error-unknown-move = Det steget finns inte i din organisations ramverk.
adapt-error-overlay-edition = Den formuleringen hör till en annan utgåva.
adapt-error-draft-not-confirmed = Formuleringen är ett utkast. Kryssa i rutan för att visa att du ändå vill använda den.
adapt-error-edition-lacks = Den utgåvan har inte allt som era ändringar använder: { $ids }. Ångra de ändringarna först.
adapt-error-category = Välj en av kategorierna i listan, eller ingen.
adapt-error-label-empty = Skriv en benämning.
adapt-error-label-too-long = Benämningen får vara högst { $max } tecken lång.
adapt-error-label-hidden-character = Benämningen innehåller ett dolt tecken som ändrar hur texten visas. Skriv den igen i stället för att klistra in den.
adapt-error-description-too-long = Beskrivningen får vara högst { $max } tecken lång.
adapt-error-description-hidden-character = Beskrivningen innehåller ett dolt tecken som ändrar hur texten visas. Skriv den igen i stället för att klistra in den.
adapt-error-credit-too-long = Erkännandet får vara högst { $max } tecken långt.
adapt-error-credit-hidden-character = Erkännandet innehåller ett dolt tecken som ändrar hur texten visas. Skriv det igen i stället för att klistra in det.
