## Circles: one child, young person, adult or family with the people around them.

circles-home-link = Circles
circles-title = Circles
circles-start-link = Start a circle
circles-mine-title = Circles you are in
circles-mine-none = You are not in any circle yet.
circles-teams-title = Circles of your teams
circles-teams-none = Your teams have no circles you are not in.
circles-mine-more = More circles you are in
circles-teams-more = More circles of your teams
circles-list-first-page = Back to the first page of circles
circles-member-count = { $count ->
    [one] 1 person
   *[other] { $count } people
}
circles-back = All circles
circles-back-to-circle = Back to the circle
circles-errors-title = There is a problem
circles-too-long = This can be at most { $max } characters long.
circles-hidden-character = This contains a hidden character that changes how text is shown. Type it again rather than pasting it.
circles-stale = Someone changed this circle after you opened this page, so nothing was saved. Check the circle as it is now, then send the form again if you still want to.

## Starting a circle

circles-new-title = Start a circle
circles-new-lead = A circle is the shared space for one child, young person, adult or family and the people around them. You will be its first practitioner; you can add people next.
circles-new-submit = Start circle
circles-new-form-expired = This form was already used or could not be read. Check the details and send it again.
circles-focus-name = Name they want to be called
circles-focus-name-hint = The name the young person (or the adult or family) wants to be called, up to 80 characters.
circles-focus-name-missing = Enter the name they want to be called.
circles-pronouns = Pronouns (optional)
circles-pronouns-missing = Enter their pronouns, or leave the field empty.
circles-age-legend = Age
circles-age-hint = Give a date of birth or an age band, or neither. Not both.
circles-birth-date = Date of birth (optional)
circles-age-band = Age band (optional)
circles-age-band-none = No age band
circles-age-band-shown = Aged { $band }
circles-born = Born { $date }
circles-birth-not-a-date = Enter a real date of birth, for example 2012-03-27.
circles-birth-future = The date of birth cannot be in the future.
circles-birth-too-long-ago = The date of birth is more than 130 years ago. Check the year.
circles-birth-both = Give a date of birth or an age band, not both.
circles-age-band-unknown = Choose one of the age bands.
circles-languages = Languages (optional)
circles-languages-hint = The languages they speak, for example "English, Polish".
circles-languages-missing = Enter their languages, or leave the field empty.
circles-protected = Protect their identity
circles-protected-hint = Their date of birth, age and languages are then shown only to practitioners in this circle.
circles-team = Team (optional)
circles-team-hint = The managers of this team will be able to see the circle.
circles-team-none = No team
circles-team-unknown = Choose one of your organisation's teams, or no team.
circles-done-created = The circle was started. Now add the people around them.

## One circle

circles-nav-label = This circle
circles-nav-overview = Overview
circles-nav-members = People in this circle
circles-nav-people = Who can see this circle
circles-status = Status
circles-status-open = Open
circles-status-closed = Closed
circles-decider = Decides about sharing
circles-decider-young-person = { $name } decides what is shared, with whom and when.
circles-decider-member = { $name } decides what is shared, with whom and when.
circles-decider-you = You decide what is shared, with whom and when.
circles-protected-practitioner = Their identity is protected: you see their details because you are a practitioner in this circle.
circles-protected-hidden = Their identity is protected: only practitioners in this circle see their age and languages.
    .family = Their age and languages are private: only the workers in this circle see them.
circles-protected-yours = Your age and languages are private. Only you and the workers in your circle can see them.
circles-members-heading = People in this circle
circles-no-account = no account
circles-add-link = Add someone to this circle
circles-close-link = Close this circle
circles-reopen = Reopen this circle
circles-done-closed = The circle was closed.
circles-done-reopened = The circle was reopened.
circles-done-added = They were added to the circle.

## Roles in a circle

circles-role = Their part in the circle
circles-role-choose = Choose one
circles-role-focus-person = The person the circle is about
circles-role-parent-carer = Parent or carer
circles-role-practitioner = Practitioner
    .family = Worker
circles-role-guest-practitioner = Practitioner from another service
    .family = Worker from another service
circles-role-supporter = Supporter
circles-role-missing = Choose their part in the circle.

## Adding someone

circles-members-title = People in the circle of { $name }
circles-add-title = Add someone
circles-account-legend = Do they have an account here?
circles-account-no = No: they will not sign in (for example a grandparent, or a practitioner from another service)
circles-account-yes = Yes: they are a member of this organisation
circles-email = Their email address or username (if they have an account)
circles-email-hint = What they sign in with. Young people often have a username instead of an email address.
circles-email-invalid = Enter their email address, like name@example.org, or their username.
circles-email-not-in-organisation = Nobody in your organisation who can take this part has this email address or username. Check what you typed and their part, or add them without an account.
circles-member-name = Name
circles-member-name-hint = How they are named in this circle. For someone with an account, leave empty to use the name on their account.
circles-member-name-missing = Enter their name.
circles-relationship = Relationship (optional)
circles-relationship-hint = To the person the circle is about, in your words, for example "grandparent" or "school nurse".
circles-relationship-missing = Enter their relationship, or leave the field empty.
circles-decides = They decide about sharing
circles-decides-hint = Only for a parent or carer, when the young person is not able to decide.
circles-decides-parent-only = Only a parent or carer can be named as the one who decides about sharing.
circles-guest-no-account = A practitioner from another service joins this circle only, without an account here. Choose "No" above.
circles-already-member = They are in this circle already.
circles-full = This circle has { $max } people in it, as many as a circle can hold.
circles-add-submit = Add to circle
circles-closed-no-adding = This circle is closed. Reopen it to add people.

## Closing

circles-close-title = Close the circle of { $name }
circles-close-lead = Closing a circle ends the work in it. Write a closing reflection: what changed, and what comes next. The circle can be reopened.
circles-reflection = Closing reflection
circles-reflection-hint = Up to 4,000 characters. Everyone in the circle can read it.
circles-reflection-missing = Write a closing reflection.
circles-close-submit = Close circle

## Who can see this circle

circles-people-title = Who can see the circle of { $name }
circles-people-heading = Who can see the circle of
circles-people-lead = Everyone listed here is in this circle. Each thing written in the circle is shared with an audience its writer chooses: only themself, the practitioners in this circle, or the whole circle. Practitioners can also keep a safeguarding note: everyone is told that it exists, but only practitioners read it.
    .family = Everyone here is in this circle. When you write something, you choose who sees it. You can keep it to yourself, share it with the workers, or share it with everyone here. Workers can also keep a private note to keep someone safe. Everyone is told that the note is there. Only workers can read it.
circles-you = you
circles-sees-whole-circle = Sees what is shared with the whole circle.
circles-sees-practitioners = Sees what is shared with the practitioners in this circle.
    .family = Sees what is shared with the workers in this circle.
circles-sees-restricted = Reads the safeguarding notes that practitioners keep.
    .family = Reads the private notes workers keep to keep someone safe.
circles-sees-restricted-exists = Is told when practitioners keep a safeguarding note, but not what it says.
    .family = Is told when workers keep a private note to keep someone safe, but not what it says.
circles-sees-own-drafts = Sees their own drafts, which nobody else sees.
circles-sees-protected-details = Sees the protected details (age and languages).
    .family = Sees the private details (age and languages).
circles-sees-no-protected-details = Does not see the protected details (age and languages).
    .family = Does not see the private details (age and languages).
circles-sees-no-account = Has no account, so sees only what others show them.
circles-team-managers-see = Managers of the team { $team } can also open this circle. They see what is shared with the practitioners or the whole circle, never drafts.
    .family = Managers of the team { $team } can also open this circle. They see what is shared with the workers or with everyone in the circle, never drafts.
circles-people-nobody-else = Nobody else in your organisation, and nobody outside it, can open this circle.

## Sharing: who will see what one writes, and who wrote it
circles-audience-legend = Who will see this
circles-audience-hint = You can share a draft later. Nobody else sees it until you do.
circles-audience-only-me = Only me, for now (a draft)
circles-audience-practitioners = The practitioners in this circle
    .family = The workers in this circle
circles-audience-whole-circle = Everyone in this circle
circles-audience-restricted = A safeguarding note, kept by practitioners
    .family = A private note, kept by workers to keep someone safe
circles-audience-seen-by = Seen by { $names }.
# The reader, as named in "Seen by …" (the object form where the language has one).
circles-audience-you = you
circles-audience-and-team-managers = The managers of this circle's team can read it too.
circles-audience-others-told = Everyone else in the circle is told that a note is kept, but not what it says.
circles-names-and = { $names } and { $last }
circles-by = By { $author }
circles-entered-by-with = Entered by { $typist } with { $author }
circles-restricted-exists = A note is kept by practitioners.
    .family = Workers keep a private note here.
