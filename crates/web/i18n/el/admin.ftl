# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.

## The audit log

audit-title = Αρχείο ενεργειών
audit-lead = Κάθε σύνδεση, κάθε αλλαγή ρόλου ή δεύτερου βήματος, και κάθε φορά που κάποιος άνοιξε το αρχείο ενός ατόμου, με το πιο πρόσφατο πρώτο. Περιέχει κωδικούς αναγνώρισης, ποτέ όσα γράφτηκαν.
audit-filter-action = Εμφάνιση
audit-filter-all = Όλα τα είδη γεγονότων
audit-filter-submit = Φιλτράρισμα
audit-empty = Δεν έχει καταγραφεί τίποτα ακόμη.
audit-caption = Γεγονότα σε αυτόν τον οργανισμό
audit-col-when = Πότε
audit-col-who = Ποιος
audit-col-what = Τι έγινε
audit-col-subject = Αφορά (κωδικός)
audit-col-detail = Λεπτομέρειες
audit-older = Παλαιότερα γεγονότα
audit-nobody = Χωρίς συνδεδεμένο χρήστη
audit-action-setup_completed = Η αρχική ρύθμιση ολοκληρώθηκε
audit-action-organisation_created = Δημιουργήθηκε οργανισμός
audit-action-sign_in = Σύνδεση
audit-action-sign_in_failed = Αποτυχημένη σύνδεση
audit-action-sign_out = Αποσύνδεση
audit-action-invite_created = Δημιουργήθηκε πρόσκληση
audit-action-invite_used = Χρησιμοποιήθηκε πρόσκληση
audit-action-role_changed = Δόθηκε ή άλλαξε ρόλος
audit-action-mfa_changed = Άλλαξε το δεύτερο βήμα
audit-action-password_set = Ορίστηκε κωδικός με σύνδεσμο μίας χρήσης
audit-action-password_reset_issued = Δημιουργήθηκε σύνδεσμος για νέο κωδικό
audit-action-team_changed = Μια ομάδα δημιουργήθηκε ή άλλαξε
audit-action-record_read = Άνοιξε ένα αρχείο
audit-action-read_refused = Άρνηση ανοίγματος αρχείου (δεν βρέθηκε ή δεν είχε δικαίωμα)
audit-action-circle_changed = Ένας κύκλος ξεκίνησε ή άλλαξε
audit-action-privacy_notice_changed = Άλλαξε η ενημέρωση για την προστασία δεδομένων
audit-action-durability_probe = Έλεγχος ανθεκτικότητας αποθήκευσης
