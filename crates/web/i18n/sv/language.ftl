# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

# The language switcher on every page, and the language setting of an account.
# Language names are not here: each is written in itself (Cymraeg, Svenska,
# Ελληνικά, English) in every language.
language-switcher-label = Språk
language-draft-note = Den här översättningen är ett utkast. Ingen med svenska som modersmål har granskat den än.
language-title = Språk
language-lead = Välj vilket språk du vill se webbplatsen på. Ditt val sparas med ditt konto, på alla enheter.
language-legend = Språk
language-browser = Det språk som min webbläsare ber om
language-submit = Spara språk
language-saved = Ditt språk är sparat.
language-back-home = Tillbaka till din startsida
language-home-link = Byt språk
audit-action-language_chosen = Språk valt
# A moment, as the audit log and exports show it: the date in words (as
# notes-date), the time on a 24-hour clock, always in UTC.
time-at-utc = { $date } kl. { $time } UTC
