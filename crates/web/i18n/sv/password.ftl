# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## Setting a password with a one-time link

set-password-title = Välj ditt lösenord
set-password-for = Med den här länken väljer du lösenord för { $login }. Den fungerar en gång.
set-password-new = Nytt lösenord
set-password-hint = Minst 8 tecken. Några ord som du kan komma ihåg fungerar bra. Undvik vanliga lösenord. Du får klistra in det från en lösenordshanterare.
set-password-submit = Spara mitt lösenord
set-password-errors-title = Det finns ett problem

## A one-time link that no longer works

link-gone-title = Länken fungerar inte längre
link-gone-body = Länken har gått ut eller har redan använts. Be om en ny.
link-gone-help = Om du redan har valt ditt lösenord med den, logga in med det lösenordet.
link-gone-sign-in = Gå till inloggningen

## The sign-in page after a password was set

sign-in-password-set = Ditt lösenord är sparat. Logga in med det nu.

# Changing one's own password (account/password).
change-password-title = Ändra mitt lösenord
change-password-lead = Skriv ditt nuvarande lösenord och välj sedan ett nytt. Efter ändringen loggar du in igen, och du loggas också ut på alla andra enheter.
change-password-current = Nuvarande lösenord
change-password-current-wrong = Det här är inte ditt nuvarande lösenord.
change-password-submit = Ändra mitt lösenord
change-password-home-link = Ändra mitt lösenord
