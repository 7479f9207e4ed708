# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.

## Signing in and out

nav-sign-in = Σύνδεση
nav-sign-out = Αποσύνδεση
sign-in-title = Σύνδεση
sign-in-login = Διεύθυνση email ή όνομα χρήστη
sign-in-login-hint = Τα νέα άτομα και οι γονείς που δεν έχουν email χρησιμοποιούν το όνομα χρήστη που τους έδωσε ο επαγγελματίας τους.
sign-in-password = Κωδικός
show-password = Εμφάνιση κωδικού
sign-in-submit = Σύνδεση
sign-in-failed = Το email, το όνομα χρήστη ή ο κωδικός δεν είναι σωστά. Έλεγξέ τα και δοκίμασε ξανά.
sign-in-forgotten = Ξέχασες τον κωδικό σου; Ζήτα νέο σύνδεσμο από τον επαγγελματία σου ή από τον διαχειριστή του οργανισμού σου.
sign-in-signed-out = Αποσυνδέθηκες.
sign-in-expired = Για την ασφάλειά σου, αποσυνδέθηκες επειδή πέρασε αρκετή ώρα χωρίς δραστηριότητα. Συνδέσου ξανά.
error-429-retry = { $minutes ->
    [one] Μπορείς να δοκιμάσεις ξανά σε { $minutes } λεπτό.
   *[other] Μπορείς να δοκιμάσεις ξανά σε { $minutes } λεπτά.
}

## First run

setup-title = Ρύθμιση του Resilient Moves
setup-lead = Δεν υπάρχει ακόμη κανένας οργανισμός. Δημιούργησε τον πρώτο και τον διαχειριστή του.
setup-code = Κωδικός ρύθμισης
setup-code-hint = Ο διακομιστής τύπωσε αυτόν τον κωδικό στο αρχείο καταγραφής του όταν ξεκίνησε. Μοιάζει κάπως έτσι: ABCD-EFGH-JKLM-NPQR.
setup-org-name = Όνομα του οργανισμού σου
setup-admin-name = Το όνομά σου
setup-admin-email = Η διεύθυνση email σου
setup-password = Διάλεξε κωδικό
setup-password-hint = Τουλάχιστον 8 χαρακτήρες. Μερικές λέξεις που θυμάσαι εύκολα είναι καλή επιλογή. Απόφυγε τους συνηθισμένους κωδικούς.
setup-submit = Δημιουργία του οργανισμού
setup-wrong-code = Αυτός ο κωδικός ρύθμισης δεν είναι σωστός. Κοίτα στο αρχείο καταγραφής του διακομιστή τον κωδικό που τύπωσε όταν ξεκίνησε.
setup-errors-title = Υπάρχει ένα πρόβλημα
setup-field-error = { $field }: { $problem }

## Signed-in home

home-signed-in-as = Έχεις συνδεθεί ως { $name }
home-working-in = Δουλεύεις στον οργανισμό { $organisation }.
home-your-roles = Οι ρόλοι σου εδώ: { $roles }
home-no-membership = Δεν είσαι ακόμη μέλος κανενός οργανισμού. Ζήτα από έναν διαχειριστή να σε προσκαλέσει.
home-switch = Αλλαγή οργανισμού
home-switch-submit = Αλλαγή
home-installation-admin = Είσαι διαχειριστής αυτής της εγκατάστασης.
role-org_admin = διαχειριστής
role-manager = υπεύθυνος
role-practitioner = επαγγελματίας
    .family = βοηθός
role-parent_carer = γονέας ή φροντιστής
role-young_person = νέο άτομο
role-viewer = αναγνώστης
setup-error-code-missing = Γράψε τον κωδικό ρύθμισης που φαίνεται στο αρχείο καταγραφής του διακομιστή.
setup-error-code-shape = Ο κωδικός ρύθμισης έχει 16 γράμματα και ψηφία, όπως ABCD-EFGH-JKLM-NPQR. Αντίγραψέ τον από το αρχείο καταγραφής του διακομιστή.
setup-error-org-empty = Γράψε το όνομα του οργανισμού.
setup-error-org-too-long = Το όνομα του οργανισμού πρέπει να έχει έως 120 χαρακτήρες.
setup-error-org-hidden-character = Το όνομα του οργανισμού περιέχει έναν κρυφό χαρακτήρα. Πληκτρολόγησέ το ξανά.
setup-error-name-empty = Γράψε το όνομά σου.
setup-error-name-too-long = Το όνομά σου πρέπει να έχει έως 120 χαρακτήρες.
setup-error-name-hidden-character = Το όνομά σου περιέχει έναν κρυφό χαρακτήρα. Πληκτρολόγησέ το ξανά.
setup-error-email-empty = Γράψε τη διεύθυνση email σου.
setup-error-email-too-long = Η διεύθυνση email σου πρέπει να έχει έως 254 χαρακτήρες.
setup-error-email-hidden-character = Η διεύθυνση email σου περιέχει έναν κρυφό χαρακτήρα. Πληκτρολόγησέ τη ξανά.
setup-error-email-shape = Γράψε τη διεύθυνση email σε σωστή μορφή, όπως name@example.org.
password-too-short = Ο κωδικός σου πρέπει να έχει τουλάχιστον 8 χαρακτήρες.
password-too-long = Ο κωδικός σου πρέπει να έχει έως 256 χαρακτήρες.
password-common = Αυτός ο κωδικός είναι από αυτούς που μαντεύονται πιο συχνά. Διάλεξε άλλον: μερικές άσχετες μεταξύ τους λέξεις είναι καλή επιλογή.
password-same-as-login = Ο κωδικός σου δεν πρέπει να είναι το email ή το όνομα χρήστη σου.
home-audit-link = Δες το αρχείο ενεργειών
idle-warning = Για την ασφάλειά σου, θα αποσυνδεθείς σε 2 λεπτά αν δεν γίνει τίποτα. Πάτησε «Μείνε συνδεδεμένος» για να συνεχίσεις από εκεί που είσαι.
idle-stay = Μείνε συνδεδεμένος
