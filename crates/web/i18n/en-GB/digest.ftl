# Email digests: the settings page, and the email itself. The email says only
# that something is waiting, never what, whose or where.

mail-digest-subject = Something new is waiting for you in Resilient Moves
mail-digest-body =
    Hello,

    Something new is waiting for you in Resilient Moves.

    Sign in to see it:
    { $link }

    You get this email because you asked for it. To stop these emails, sign in and open "Emails when something is new" on your home page.

digest-title = Emails
digest-home-link = Emails when something is new
digest-lead = We can send you an email when something new is waiting for you here, such as a note shared with you or a plan to review. The email never says what it is, who it is about or who wrote it. You sign in to see it.
digest-legend = Email me when something new is waiting for me (the email never says what)
digest-on = Yes, email me
digest-off = No, do not email me
digest-submit = Save
digest-saved = Saved.
digest-no-mail-server = This server does not send emails, so we cannot email you when something is new. Look at your home page instead.
digest-no-email = You have no email address here (you sign in with a username), so we cannot email you. Look at your home page instead.
digest-back-home = Back to your home page
