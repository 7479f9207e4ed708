# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.

## Setting a password with a one-time link

set-password-title = Όρισε τον κωδικό σου
set-password-for = Αυτός ο σύνδεσμος ορίζει τον κωδικό για: { $login }. Λειτουργεί μία φορά.
set-password-new = Νέος κωδικός
set-password-hint = Τουλάχιστον 8 χαρακτήρες. Μερικές λέξεις που θυμάσαι εύκολα είναι καλή επιλογή. Απόφυγε τους συνηθισμένους κωδικούς. Μπορείς να τον επικολλήσεις από ένα πρόγραμμα διαχείρισης κωδικών.
set-password-submit = Όρισε τον κωδικό μου
set-password-errors-title = Υπάρχει ένα πρόβλημα

## A one-time link that no longer works

link-gone-title = Αυτός ο σύνδεσμος δεν λειτουργεί πια
link-gone-body = Αυτός ο σύνδεσμος έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Ζήτα έναν καινούργιο.
link-gone-help = Αν έχεις ήδη ορίσει τον κωδικό σου με αυτόν, συνδέσου με εκείνον τον κωδικό.
link-gone-sign-in = Πήγαινε στη σύνδεση

## The sign-in page after a password was set

sign-in-password-set = Ο κωδικός σου ορίστηκε. Συνδέσου με αυτόν τώρα.

# Changing one's own password (account/password).
change-password-title = Αλλαγή του κωδικού μου
change-password-lead = Γράψε τον τωρινό σου κωδικό και μετά διάλεξε έναν νέο. Μετά την αλλαγή συνδέεσαι ξανά, και αποσυνδέεσαι και από όλες τις άλλες συσκευές.
change-password-current = Τωρινός κωδικός
change-password-current-wrong = Αυτός δεν είναι ο τωρινός σου κωδικός.
change-password-submit = Αλλαγή του κωδικού μου
change-password-home-link = Αλλαγή του κωδικού μου
