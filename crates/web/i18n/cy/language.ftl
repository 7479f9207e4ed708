# DRAFT: machine-assisted Welsh translation, to be reviewed by native speakers.
# The language switcher on every page, and the language setting of an account.
# Language names are not here: each is written in itself (Cymraeg, Svenska,
# Ελληνικά, English) in every language.
language-switcher-label = Iaith
language-draft-note = Drafft yw'r cyfieithiad hwn. Dydy siaradwyr Cymraeg ddim wedi'i wirio eto.
language-title = Iaith
language-lead = Dewiswch yr iaith rydych chi'n gweld y wefan hon ynddi. Mae eich dewis yn cael ei gadw gyda'ch cyfrif, ar bob dyfais.
language-legend = Iaith
language-browser = Yr iaith mae fy mhorwr yn gofyn amdani
language-submit = Cadw'r iaith
language-saved = Mae eich iaith wedi'i chadw.
language-back-home = Yn ôl i'ch tudalen gartref
language-home-link = Newid eich iaith
audit-action-language_chosen = Iaith wedi'i dewis
# A moment, as the audit log and exports show it: the date in words (as
# notes-date), the time on a 24-hour clock, always in UTC.
time-at-utc = { $date }, { $time } UTC
