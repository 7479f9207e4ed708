# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.
# The language switcher on every page, and the language setting of an account.
# Language names are not here: each is written in itself (Cymraeg, Svenska,
# Ελληνικά, English) in every language.
language-switcher-label = Γλώσσα
language-draft-note = Αυτή η μετάφραση είναι πρόχειρη. Δεν την έχουν ελέγξει ακόμα φυσικοί ομιλητές.
language-title = Γλώσσα
language-lead = Διάλεξε τη γλώσσα που θέλεις να βλέπεις σε αυτόν τον ιστότοπο. Η επιλογή σου μένει στον λογαριασμό σου, σε κάθε συσκευή.
language-legend = Γλώσσα
language-browser = Τη γλώσσα που ζητά το πρόγραμμα περιήγησής μου
language-submit = Αποθήκευση γλώσσας
language-saved = Η γλώσσα σου αποθηκεύτηκε.
language-back-home = Πίσω στην αρχική σου σελίδα
language-home-link = Άλλαξε τη γλώσσα σου
audit-action-language_chosen = Επιλέχθηκε γλώσσα
# A moment, as the audit log and exports show it: the date in words (as
# notes-date), the time on a 24-hour clock, always in UTC.
time-at-utc = { $date }, { $time } UTC
