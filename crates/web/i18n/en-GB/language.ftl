# The language switcher on every page, and the language setting of an account.
# Language names are not here: each is written in itself (Cymraeg, Svenska,
# Ελληνικά, English) in every language.
language-switcher-label = Language
language-draft-note = This translation is a draft. Native speakers have not checked it yet.
language-title = Language
language-lead = Choose the language you see this site in. Your choice is kept with your account, on every device.
language-legend = Language
language-browser = The language my browser asks for
language-submit = Save language
language-saved = Your language is saved.
language-back-home = Back to your home page
language-home-link = Change your language
audit-action-language_chosen = Language chosen
# A moment, as the audit log and exports show it: the date in words (as
# notes-date), the time on a 24-hour clock, always in UTC.
time-at-utc = { $date }, { $time } UTC
