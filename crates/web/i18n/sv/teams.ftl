# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## Teams: groups of people inside one organisation, made by its administrators.

teams-home-link = Team
teams-title = Team
teams-lead = Team samlar de personer i din organisation som arbetar tillsammans, till exempel i ett område eller en verksamhet. Chefer kommer att se sina teams cirklar.
teams-none = Det finns inga team än.
teams-caption = Team i organisationen
teams-col-name = Team
teams-col-members = Personer
teams-no-members = Ingen är med i teamet än.
teams-errors-title = Det finns ett problem
teams-new-title = Skapa ett team
teams-name = Teamets namn
teams-name-hint = Högst 80 tecken, till exempel ”Norra området”. Varje team i organisationen behöver ett eget namn.
teams-create = Skapa teamet
teams-name-missing = Skriv ett namn på teamet.
teams-name-too-long = Namnet får vara högst { $max } tecken långt.
teams-name-hidden-character = Namnet innehåller ett dolt tecken som ändrar hur texten visas. Skriv namnet igen i stället för att klistra in det.
teams-name-taken = Det finns redan ett team med det namnet (stora och små bokstäver räknas som samma). Välj ett annat namn.

## One team

teams-back = Alla team
teams-team-title = Teamet { $name }
teams-team-heading = Team:
teams-members-title = Personer i teamet
teams-members-more = Fler personer i teamet
teams-members-caption = Personer i teamet
teams-col-person = Person
teams-col-action = Åtgärd
teams-remove = Ta bort från teamet
teams-add-title = Lägg till någon
teams-add-person = Person
teams-add-hint = Bara personer som är medlemmar i din organisation kan gå med i dess team.
teams-add-submit = Lägg till i teamet
teams-add-nobody = Alla i din organisation är redan med i teamet.
teams-member-choose = Välj vem som ska läggas till.
teams-member-not-in-organisation = Bara medlemmar i din organisation kan gå med i dess team. Välj någon i listan.
teams-done-created = Teamet har skapats. Lägg nu till personerna.
teams-done-added = Personen har lagts till i teamet.
teams-done-already = Personen var redan med i teamet.
teams-done-removed = Personen har tagits bort från teamet.
teams-done-not-in-team = Personen var inte med i teamet, så inget ändrades.
teams-more = Fler team
teams-add-more = Fler personer som kan gå med
teams-add-none-on-this-page = Alla på den här sidan av organisationens personer är redan med i teamet. Det finns fler personer på nästa sida.
