## Setting a password with a one-time link

set-password-title = Set your password
set-password-for = This link sets the password for { $login }. It works once.
set-password-new = New password
set-password-hint = At least 8 characters. A few words you can remember work well. Avoid common passwords. You may paste it from a password manager.
set-password-submit = Set my password
set-password-errors-title = There is a problem

## A one-time link that no longer works

link-gone-title = This link no longer works
link-gone-body = This link has expired or has already been used. Ask for a new one.
link-gone-help = If you have already set your password with it, sign in with that password.
link-gone-sign-in = Go to sign in

## The sign-in page after a password was set

sign-in-password-set = Your password is set. Sign in with it now.

# Changing one's own password (account/password).
change-password-title = Change my password
change-password-lead = Give your current password, then choose a new one. After the change you sign in again, and you are signed out on every other device too.
change-password-current = Current password
change-password-current-wrong = This is not your current password.
change-password-submit = Change my password
change-password-home-link = Change my password
