## Teams: groups of people inside one organisation, made by its administrators.

teams-home-link = Teams
teams-title = Teams
teams-lead = Teams group the people of your organisation who work together, such as a locality or a service. Managers will see the circles of their teams.
teams-none = There are no teams yet.
teams-caption = Teams in this organisation
teams-col-name = Team
teams-col-members = People
teams-no-members = Nobody is in this team yet.
teams-errors-title = There is a problem
teams-new-title = Make a team
teams-name = Name of the team
teams-name-hint = Up to 80 characters, for example "North locality". Each team in the organisation needs its own name.
teams-create = Make team
teams-name-missing = Enter a name for the team.
teams-name-too-long = The name can be at most { $max } characters long.
teams-name-hidden-character = The name contains a hidden character that changes how text is shown. Type the name again rather than pasting it.
teams-name-taken = There is a team with this name already (names are compared without regard to capital letters). Choose another name.

## One team

teams-back = All teams
teams-team-title = Team { $name }
teams-team-heading = Team:
teams-members-title = People in this team
teams-members-more = More people in this team
teams-members-caption = People in this team
teams-col-person = Person
teams-col-action = Action
teams-remove = Remove from team
teams-add-title = Add someone
teams-add-person = Person
teams-add-hint = Only people who are members of your organisation can join its teams.
teams-add-submit = Add to team
teams-add-nobody = Everyone in your organisation is in this team already.
teams-member-choose = Choose who to add.
teams-member-not-in-organisation = Only members of your organisation can join its teams. Choose someone from the list.
teams-done-created = The team was made. Now add its people.
teams-done-added = They were added to the team.
teams-done-already = They were in the team already.
teams-done-removed = They were removed from the team.
teams-done-not-in-team = They were not in the team, so nothing changed.
teams-more = More teams
teams-add-more = More people who could join
teams-add-none-on-this-page = Everyone on this page of your organisation's people is in the team already. There are more people on the next page.
