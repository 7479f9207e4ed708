## Signing in and out

nav-sign-in = Sign in
nav-sign-out = Sign out
sign-in-title = Sign in
sign-in-login = Email address or username
sign-in-login-hint = Young people and parents without an email address use the username their worker gave them.
sign-in-password = Password
show-password = Show password
sign-in-submit = Sign in
sign-in-failed = The email address, username or password is not right. Please check them and try again.
sign-in-forgotten = Forgotten your password? Ask your worker or your organisation's administrator for a new link.
sign-in-signed-out = You have signed out.
sign-in-expired = For your safety you were signed out after a while without activity. Please sign in again.
error-429-retry = You can try again in { $minutes } minutes.

## First run

setup-title = Set up Resilient Moves
setup-lead = No organisation exists yet. Create the first one and its administrator.
setup-code = Setup code
setup-code-hint = The server printed this code in its log when it started. It looks like ABCD-EFGH-JKLM-NPQR.
setup-org-name = Name of your organisation
setup-admin-name = Your name
setup-admin-email = Your email address
setup-password = Choose a password
setup-password-hint = At least 8 characters. A few words you can remember work well. Avoid common passwords.
setup-submit = Create the organisation
setup-wrong-code = That setup code is not right. Check the server's log for the code it printed when it started.
setup-errors-title = There is a problem
setup-field-error = { $field }: { $problem }

## Signed-in home

home-signed-in-as = Signed in as { $name }
home-working-in = You are working in { $organisation }.
home-your-roles = Your roles here: { $roles }
home-no-membership = You are not a member of any organisation yet. Ask an administrator to invite you.
home-switch = Switch organisation
home-switch-submit = Switch
home-installation-admin = You administer this installation.
role-org_admin = administrator
role-manager = manager
role-practitioner = practitioner
    .family = worker
role-parent_carer = parent or carer
role-young_person = young person
role-viewer = viewer
setup-error-code-missing = Enter the setup code shown in the server's log.
setup-error-code-shape = The setup code is 16 letters and digits, like ABCD-EFGH-JKLM-NPQR. Copy it from the server's log.
setup-error-org-empty = Enter the organisation's name.
setup-error-org-too-long = The organisation's name must be 120 characters or fewer.
setup-error-org-hidden-character = The organisation's name contains a hidden character. Please type it again.
setup-error-name-empty = Enter your name.
setup-error-name-too-long = Your name must be 120 characters or fewer.
setup-error-name-hidden-character = Your name contains a hidden character. Please type it again.
setup-error-email-empty = Enter your email address.
setup-error-email-too-long = Your email address must be 254 characters or fewer.
setup-error-email-hidden-character = Your email address contains a hidden character. Please type it again.
setup-error-email-shape = Enter an email address in the right form, like name@example.org.
password-too-short = Your password must be at least 8 characters long.
password-too-long = Your password must be 256 characters or fewer.
password-common = That password is one of the most often guessed. Choose another: a few unrelated words work well.
password-same-as-login = Your password must not be your email address or username.
home-audit-link = Read the audit log
idle-warning = For your safety you will be signed out in 2 minutes if nothing happens. Choose “Stay signed in” to carry on where you are.
idle-stay = Stay signed in
