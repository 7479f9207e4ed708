# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.
# Sharing in a circle: who decides, what they agreed may be shared, linking
# the young person's own account (issue 5).

audit-action-sharing_changed = Η κοινοποίηση άλλαξε
sharing-nav = Κοινοποίηση

## Sharing agreements

sharing-title = Τι μπορεί να κοινοποιηθεί από τον κύκλο: { $name }
sharing-heading = Κοινοποίηση
sharing-lead = Εδώ φαίνεται τι συμφωνήθηκε ότι μπορεί να κοινοποιηθεί σε άτομα έξω από τον κύκλο, και σε ποιους. Όλοι στον κύκλο μπορούν να το διαβάσουν. Όταν κάποιος αλλάζει γνώμη, η συμφωνία λήγει και κρατιέται παρακάτω, ώστε όλοι να ξέρουν τι είχε συμφωνηθεί τότε.
sharing-decider-link = Ποιος αποφασίζει και πώς αλλάζει αυτό
sharing-in-force-heading = Συμφωνημένα τώρα
sharing-none = Δεν έχει συμφωνηθεί τίποτα ακόμη. Τίποτα δεν κοινοποιείται έξω από τον κύκλο χωρίς συμφωνία.
sharing-agreed-sentence = { $decider } συμφώνησε να ενημερώνεται { $with_whom } για:
sharing-recorded-by = Καταγράφηκε από: { $name }, στις { $date }.
sharing-recorded-with = Καταγράφηκε από: { $name }, μαζί με: { $decider }, στις { $date }.
sharing-ended-by = Έληξε από: { $name }, στις { $date }.
sharing-end-button = Λήξη αυτής της συμφωνίας
sharing-ended-heading = Συμφωνίες που έληξαν
sharing-ended-lead = Αυτές δεν ισχύουν πια. Κρατιούνται ώστε όλοι να ξέρουν τι είχε συμφωνηθεί πριν.
sharing-ended-label = Έληξε:
sharing-form-heading = Κατέγραψε μια νέα συμφωνία
sharing-form-with = Την καταγράφεις μαζί με: { $name }. Αυτό θα αναφέρεται.
sharing-form-who-sees = Όλοι στον κύκλο θα μπορούν να τη διαβάσουν. Θα καταγραφεί ως αυτό που συμφώνησε: { $name }.
sharing-with-whom = Ποιος μπορεί να ενημερωθεί;
sharing-with-whom-hint = Ένα άτομο ή μια υπηρεσία έξω από τον κύκλο, για παράδειγμα «το σχολείο της» ή «η γιατρός Παπαδάκη στο κέντρο υγείας».
sharing-with-whom-missing = Γράψε ποιος μπορεί να ενημερωθεί.
sharing-what = Για τι μπορεί να ενημερωθεί;
sharing-what-hint = Με τα λόγια του ατόμου που αποφασίζει, για παράδειγμα «το σχέδιό της» ή «πώς πάνε τα πράγματα στο σπίτι».
sharing-what-missing = Γράψε για τι μπορεί να ενημερωθεί.
sharing-record-button = Καταγραφή αυτής της συμφωνίας
sharing-who-records = Μόνο το άτομο που αποφασίζει, ή ένας επαγγελματίας μαζί του, καταγράφει ή λήγει μια συμφωνία.
sharing-closed = Αυτός ο κύκλος έχει κλείσει. Οι συμφωνίες του μπορούν να διαβαστούν αλλά όχι να αλλάξουν.
sharing-no-decider = Κανείς σε αυτόν τον κύκλο δεν αποφασίζει ακόμη για την κοινοποίηση, οπότε δεν μπορεί να συμφωνηθεί τίποτα. Ένας επαγγελματίας του κύκλου μπορεί να διαλέξει ποιος αποφασίζει.
sharing-done-recorded = Η συμφωνία καταγράφηκε.
sharing-done-already = Αυτή η συμφωνία είχε ήδη καταγραφεί, μία φορά.
sharing-done-ended = Η συμφωνία έληξε. Κρατιέται παρακάτω.
sharing-done-decider = Άλλαξε το ποιος αποφασίζει για την κοινοποίηση.
sharing-form-expired = Αυτή η φόρμα είχε λήξει. Έλεγξε τι έγραψες και στείλ' τη ξανά.
sharing-decider-changed = Το ποιος αποφασίζει άλλαξε ενώ έγραφες: τώρα αποφασίζει: { $name }. Δεν καταγράφηκε τίποτα. Μίλησε πρώτα με: { $name }, και μετά στείλ' το ξανά.
sharing-ended-meanwhile = Αυτή η συμφωνία είχε ήδη λήξει από: { $name }, στις { $date }. Δεν άλλαξε τίποτα άλλο.

## Who decides

decider-title = Ποιος αποφασίζει για την κοινοποίηση στον κύκλο: { $name }
decider-heading = Ποιος αποφασίζει για την κοινοποίηση
decider-back = Πίσω στην κοινοποίηση
decider-what-it-means = Το άτομο που αποφασίζει λέει τι μπορεί να κοινοποιηθεί σε άτομα έξω από τον κύκλο, σε ποιους και πότε. Είναι το νέο άτομο, όταν μπορεί να αποφασίσει. Αλλιώς είναι ένας γονέας ή φροντιστής που ορίζει ο κύκλος.
decider-who-changes = Μόνο οι επαγγελματίες αυτού του κύκλου αλλάζουν το ποιος αποφασίζει.
decider-closed = Αυτός ο κύκλος έχει κλείσει. Άνοιξέ τον ξανά για να αλλάξεις το ποιος αποφασίζει.
decider-form-heading = Άλλαξε ποιος αποφασίζει
decider-legend = Ποιος πρέπει να αποφασίζει;
decider-choice-young = { $name } (το νέο άτομο)
decider-choice-member = { $name } ({ $relationship })
decider-young-hint = { $name }: αποφασίζει για τον εαυτό του και καταγράφει τι συμφωνεί.
decider-young-no-account-hint = { $name }: αποφασίζει για τον εαυτό του. Δεν έχει ακόμη λογαριασμό, οπότε ένας επαγγελματίας καταγράφει μαζί του τι συμφωνεί.
decider-member-hint = { $name }: αποφασίζει για το νέο άτομο και καταγράφει τι συμφωνεί.
decider-agreements-stay = Οι συμφωνίες που έχουν ήδη καταγραφεί μένουν όπως είναι μέχρι να τις λήξει κάποιος. Από τώρα και στο εξής, οι νέες συμφωνίες είναι ό,τι συμφωνεί το νέο πρόσωπο.
decider-submit = Αποθήκευση του ποιος αποφασίζει
decider-choose = Διάλεξε ένα από τα άτομα της λίστας.
decider-stale = Κάποιος άλλαξε αυτόν τον κύκλο ενώ διάλεγες. Τώρα: { $now }. Η επιλογή σου: { $yours }. Διάλεξε ξανά και αποθήκευσε, αν θέλεις ακόμη την αλλαγή.

## Linking the young person's own account

members-link-heading = Σύνδεσε τον δικό του λογαριασμό: { $name }
members-link-lead = Αν το άτομο ({ $name }) έχει λογαριασμό εδώ ως νέο άτομο, σύνδεσέ τον. Τότε θα συνδέεται ως ο εαυτός του, θα βλέπει τον δικό του κύκλο και θα μπορεί να αποφασίζει για την κοινοποίηση.
members-link-email = Η διεύθυνση email ή το όνομα χρήστη του
members-link-submit = Σύνδεση αυτού του λογαριασμού
members-link-done = Ο λογαριασμός συνδέθηκε: { $name }. Μπορεί πλέον να συνδέεται και να βλέπει αυτόν τον κύκλο.
members-link-not-young = Κανείς στον οργανισμό σου με αυτή τη διεύθυνση email ή αυτό το όνομα χρήστη δεν έχει λογαριασμό νέου ατόμου. Έλεγξε αυτό που έγραψες.
members-link-in-circle = Αυτός ο λογαριασμός είναι ήδη σε αυτόν τον κύκλο, ως κάποιος άλλος.
members-link-already = { $name }: υπάρχει ήδη συνδεδεμένος λογαριασμός.

## Who can see this circle

sharing-people-link = Τι συμφωνήθηκε ότι μπορεί να κοινοποιηθεί
sharing-people-decider-link = Ποιος αποφασίζει και πώς αλλάζει αυτό
sharing-people-decides = Αποφασίζει τι κοινοποιείται έξω από τον κύκλο και καταγράφει ή λήγει συμφωνίες.
sharing-people-decides-no-account = Αποφασίζει τι κοινοποιείται έξω από τον κύκλο. Ένας επαγγελματίας το καταγράφει μαζί του.
sharing-people-records-with = Διαβάζει τις συμφωνίες κοινοποίησης και τις καταγράφει ή τις λήγει μαζί με το άτομο που αποφασίζει.
sharing-people-reads = Διαβάζει τις συμφωνίες κοινοποίησης.

## The copy of the circle (subject access)

export-decider-heading = Ποιος αποφασίζει για την κοινοποίηση
export-agreements-heading = Συμφωνίες κοινοποίησης
export-checks-heading = Καταγραφές
export-check-started = Η καταγραφή ξεκίνησε στις { $date }
export-check-agreed = Συμφωνήθηκε από κοινού
export-check-none-agreed = Δεν έχει συμφωνηθεί τίποτα από κοινού ακόμη.
export-check-no-views = Δεν μπορείς να δεις την άποψη κανενός σε αυτή την καταγραφή.
export-answer = { $move }: { $status }
export-plans-heading = Σχέδια
export-plan-made = Το σχέδιο φτιάχτηκε στις { $date }
export-plan-review = Επόμενη ανασκόπηση: { $date }
export-plan-closed = Αυτό το σχέδιο έχει ολοκληρωθεί.
export-plan-focus = Κινήσεις στις οποίες εστιάζουμε
export-plan-truths = Οι ευγενείς αλήθειες
export-plan-actions = Ενέργειες
export-plan-action = { $what }: { $who }, έως τις { $date }. { $state }
export-plan-goals = Στόχοι
export-plan-goal-ratings = Βαθμολογίες: { $scores }
export-plan-reviews = Ανασκοπήσεις
export-plan-review-worked = Τι πέτυχε: { $text }
export-plan-review-change = Τι να αλλάξουμε: { $text }
