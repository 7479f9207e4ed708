# Utkast till översättning med maskinhjälp: ska granskas av personer med svenska som modersmål.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## Practitioners inviting a family into a circle.

family-invites-title = Bjuda in familjer
family-invites-lead = En behandlare kan bjuda in den unga person som en cirkel handlar om, och hens föräldrar eller vårdnadshavare, utan att fråga en administratör. Inbjudan ger dem ett konto här som ung person, eller som förälder eller vårdnadshavare, när de tackar ja.
family-invites-legend = Får behandlare bjuda in unga och föräldrar eller vårdnadshavare till sina cirklar?
family-invites-yes = Ja
family-invites-no = Nej, bara administratörer bjuder in
family-invites-submit = Spara
family-invites-choose = Välj ja eller nej.
family-invite-heading = Bjud in familjen
family-invite-lead = Ge den unga personen eller en förälder eller vårdnadshavare ett eget konto, så att de kan se den här cirkeln. De får en länk som fungerar en gång, i 72 timmar. De ser ingenting förrän de använder den.
family-invite-part-legend = Vem bjuder du in?
family-invite-part-young = Den unga person som cirkeln handlar om
family-invite-part-parent = En förälder eller vårdnadshavare
family-invite-login = Personens e-postadress, eller ett användarnamn åt hen
family-invite-login-hint = En ung person utan e-postadress får ett användarnamn, till exempel kai.smith. En förälder eller vårdnadshavare behöver en e-postadress.
family-invite-relationship = Relation (för en förälder eller vårdnadshavare, frivilligt)
family-invite-submit = Skapa inbjudan
family-invite-done = Inbjudan är skapad. De kan se den här cirkeln när de har tackat ja.
family-invite-not-allowed = Din organisation har inte tillåtit behandlare att bjuda in personer. Fråga en administratör.
family-invite-part-missing = Välj vem du bjuder in.
family-invite-login-invalid = Skriv en e-postadress, till exempel namn@example.org, eller ett användarnamn med 3 till 40 bokstäver, siffror, punkter, bindestreck eller understreck.
family-invite-parent-email = En förälder eller vårdnadshavare bjuds in med e-postadress.
family-invite-username-taken = Det användarnamnet kan inte användas. Välj ett annat. Om personen redan har ett konto här, koppla hens konto ovan eller använd "Lägg till någon".
family-invite-has-account = Personen har redan ett konto här. Koppla hens konto ovan eller använd "Lägg till någon".
family-invited-give = Inbjudan till { $name } fungerar en gång, i 72 timmar. Hen loggar in med: { $login }
family-invited-back = Tillbaka till personerna i cirkeln
handover-username = Personens användarnamn (skriv ner det åt hen tillsammans med länken):
invite-your-username = Ditt användarnamn är:
invite-username-keep = Du behöver det för att logga in. Skriv ner det eller spara det på ett säkert ställe.
