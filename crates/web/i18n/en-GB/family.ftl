# Practitioners inviting a family into a circle (issue 15, point 12).

# The organisation's setting, on the sign-in security page.
family-invites-title = Inviting families
family-invites-lead = A practitioner can invite the young person a circle is about, and their parents or carers, without asking an administrator. The invitation gives them an account here as a young person, or as a parent or carer, once they accept it.
family-invites-legend = May practitioners invite young people and parents or carers into their circles?
family-invites-yes = Yes
family-invites-no = No, only administrators invite people
family-invites-submit = Save
family-invites-choose = Choose yes or no.

# The form on a circle's members page.
family-invite-heading = Invite the family
family-invite-lead = Give the young person or a parent or carer their own account, so they can see this circle. They get a link that works once, for 72 hours. They see nothing until they use it.
family-invite-part-legend = Who are you inviting?
family-invite-part-young = The young person this circle is about
family-invite-part-parent = A parent or carer
family-invite-login = Their email address, or a username for them
family-invite-login-hint = A young person without an email address gets a username, for example kai.smith. A parent or carer needs an email address.
family-invite-relationship = Relationship (for a parent or carer, optional)
family-invite-submit = Make the invitation
family-invite-done = The invitation is made. They can see this circle once they accept it.
family-invite-not-allowed = Your organisation has not allowed practitioners to invite people. Ask an administrator.
family-invite-part-missing = Choose who you are inviting.
family-invite-login-invalid = Enter an email address, like name@example.org, or a username of 3 to 40 letters, numbers, dots, dashes or underscores.
family-invite-parent-email = A parent or carer is invited by email address.
family-invite-username-taken = That username cannot be used. Choose another one. If they already have an account here, link their account above, or use "Add someone".
family-invite-has-account = They already have an account here. Link their account above, or use "Add someone".

# After the invitation is made.
family-invited-give = The invitation for { $name } works once, for 72 hours. They sign in with: { $login }
family-invited-back = Back to the circle's people
handover-username = Their username (write it down for them with the link):

# On the invitation page, for someone who gets a username.
invite-your-username = Your username is:
invite-username-keep = You need it to sign in. Write it down or keep it somewhere safe.
