# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.

## The progress page of a circle (issue 7 item 5)

progress-nav = Πρόοδος
progress-title = Πρόοδος: { $name }
progress-lead = Πώς άλλαξαν τα πράγματα με τον καιρό, από τις καταγραφές και τα σχέδια που μπορείς να δεις. Τίποτα εδώ δεν είναι βαθμολογία.
progress-nothing-shared = Κανείς δεν έχει μοιραστεί ακόμη μια καταγραφή μαζί σου, οπότε δεν υπάρχει πρόοδος να δείξουμε. Όταν κάποιος μοιραστεί την άποψή του σε μια καταγραφή, θα φαίνεται εδώ.
progress-whose-label = Ποιανού η άποψη
progress-whose-hint = Η άποψη του καθενός κρατιέται χωριστά. Διάλεξε την άποψη ενός ατόμου ή όσα συμφωνήσατε μαζί.
progress-whose-submit = Δείξε αυτή την άποψη
progress-whose-agreed = Όσα συμφωνήσαμε μαζί
progress-whose-you = { $name } (εσύ)
progress-legend-heading = Τι σημαίνουν τα χρώματα και τα μοτίβα
progress-not-answered = Χωρίς απάντηση

progress-latest-heading = Πού βρίσκεται τώρα η κάθε κίνηση
progress-glance-heading = Με μια ματιά
progress-glance-caption = Ένα τετράγωνο για κάθε κίνηση, με τα χρώματα και τα σχέδια που είδες πιο πάνω. Το «Πού βρίσκεται τώρα η κάθε κίνηση», παρακάτω, λέει το ίδιο με λόγια.
progress-glance-now = Τώρα: { $in_place } υπάρχουν, { $partly } εν μέρει, { $not_yet } όχι ακόμη.
progress-glance-one-check = Μέχρι τώρα υπάρχει μία καταγραφή. Μετά την επόμενη, θα βλέπεις εδώ τι άλλαξε.
progress-glance-closer =
    { $count ->
        [0] Από την καταγραφή της { $day }, καμία κίνηση δεν πλησίασε το «υπάρχει».
        [one] Από την καταγραφή της { $day }, 1 κίνηση πλησίασε το «υπάρχει»:
       *[other] Από την καταγραφή της { $day }, { $count } κινήσεις πλησίασαν το «υπάρχει»:
    }
progress-glance-away =
    { $count ->
        [one] 1 κίνηση πήγε προς την άλλη μεριά.
       *[other] { $count } κινήσεις πήγαν προς την άλλη μεριά.
    }
progress-glance-new =
    { $count ->
        [one] 1 κίνηση απαντήθηκε για πρώτη φορά.
       *[other] { $count } κινήσεις απαντήθηκαν για πρώτη φορά.
    }
progress-group-none = Δεν έχει απαντηθεί τίποτα εδώ ακόμη.
progress-group-unanswered =
    { $count ->
        [one] 1 κίνηση εδώ δεν έχει απαντηθεί ακόμη.
       *[other] { $count } κινήσεις εδώ δεν έχουν απαντηθεί ακόμη.
    }
progress-latest-lead = Η πιο πρόσφατη απάντηση για κάθε κίνηση, σύμφωνα με την άποψη:
progress-picture-caption = Οι πίνακες παρακάτω λένε τα ίδια με λόγια.
progress-col-move = Κίνηση
progress-col-latest = Πιο πρόσφατη απάντηση
progress-col-from = Από την καταγραφή

progress-compare-heading = Σύγκρινε δύο καταγραφές
progress-compare-too-few = Αυτή η άποψη έχει λιγότερες από δύο καταγραφές, οπότε δεν υπάρχει ακόμη τίποτα για σύγκριση.
progress-compare-a = Προηγούμενη καταγραφή
progress-compare-b = Επόμενη καταγραφή
progress-compare-submit = Σύγκρινε
progress-filter-legend = Ποιες κινήσεις να φαίνονται
progress-filter-all = Όλες οι κινήσεις
progress-filter-changed = Μόνο οι κινήσεις που άλλαξαν
progress-compare-between = Σύγκριση της καταγραφής της
progress-compare-and = με την καταγραφή της
progress-compare-nothing-changed = Δεν άλλαξε τίποτα ανάμεσα σε αυτές τις δύο καταγραφές.
progress-col-then = Τότε
progress-col-now = Τώρα
progress-col-change = Τι άλλαξε

progress-direction-towards = Προς το καλύτερο
progress-direction-away = Μακριά από το καλύτερο
progress-direction-same = Καμία αλλαγή
progress-direction-set-aside = Αφέθηκε στην άκρη για τώρα
progress-direction-taken-up = Ξαναπιάστηκε
progress-direction-newly-answered = Απαντήθηκε για πρώτη φορά
progress-direction-not-answered-now = Δεν απαντήθηκε αυτή τη φορά
progress-direction-never-answered = Δεν απαντήθηκε καμία από τις δύο φορές
progress-symbol-towards = ↑
progress-symbol-away = ↓
progress-symbol-same = =
progress-symbol-set-aside = ⇢
progress-symbol-taken-up = ⇠
progress-symbol-newly-answered = +
progress-symbol-not-answered-now = ?
progress-symbol-never-answered = ·

progress-counts-heading = Πόσες κινήσεις σε κάθε ενότητα με τον καιρό
    .family = Πόσες κινήσεις σε κάθε μέρος, με τον καιρό
progress-counts-lead = Για κάθε καταγραφή, με την παλαιότερη πρώτη: πόσες κινήσεις κάθε ενότητας υπήρχαν, υπήρχαν εν μέρει, δεν υπήρχαν ακόμη, δεν ήταν για τώρα ή δεν απαντήθηκαν.
    .family = Για κάθε καταγραφή, με την παλαιότερη πρώτη: πόσες κινήσεις σε κάθε μέρος υπήρχαν, υπήρχαν εν μέρει, δεν υπήρχαν ακόμη, δεν ήταν για τώρα ή δεν απαντήθηκαν.
progress-chart-caption = Οι πίνακες παρακάτω λένε τα ίδια με αριθμούς.
progress-col-check = Καταγραφή

progress-timeline-heading = Τι έγινε, με το πιο πρόσφατο πρώτο
progress-timeline-empty = Τίποτα ακόμη: ούτε καταγραφές ούτε σχέδια που μπορείς να δεις.
progress-timeline-check = Καταγραφή που ξεκίνησε: { $by }. Κοινοποιημένες απόψεις που μπορείς να δεις: { $views }.
progress-timeline-plan = Σχέδιο που ξεκίνησε: { $by }. Κινήσεις εστίασης: { $moves }.
progress-timeline-review-carried = Ανασκόπηση σχεδίου από: { $by }. Συνεχίζει, με την επόμενη ανασκόπηση στις { $next }.
progress-timeline-review-closed = Ανασκόπηση σχεδίου από: { $by }. Ολοκληρώθηκε.
progress-timeline-check-link = η καταγραφή της { $day } που έγινε για αυτή την ανασκόπηση
progress-timeline-open-check = Άνοιξε την καταγραφή
progress-timeline-open-plan = Άνοιξε το σχέδιο

progress-error-whose = Αυτή δεν είναι μία από τις απόψεις που μπορείς να δεις. Η σελίδα δείχνει την πρώτη στη θέση της.
progress-error-not-a-check = Αυτό δεν είναι καταγραφή. Διάλεξε τις δύο καταγραφές από τις λίστες.
progress-error-not-in-series = Αυτή η καταγραφή δεν είναι μία από τις καταγραφές αυτού του κύκλου με αυτή την άποψη. Διάλεξε τις δύο καταγραφές από τις λίστες.
progress-error-same-check = Διάλεξε δύο διαφορετικές καταγραφές για να τις συγκρίνεις.

## Reviews linked to checks (on the plan's review form and page)

progress-review-check-label = Η καταγραφή που έγινε για αυτή την ανασκόπηση (αν έγινε)
progress-review-check-hint = Μια ανασκόπηση συνήθως έχει μια νέα καταγραφή. Διάλεξέ τη, ώστε το σχέδιο και η σελίδα προόδου να δείχνουν τη σύνδεση.
progress-review-check-none = Καμία καταγραφή για αυτή την ανασκόπηση
progress-review-check-option = Καταγραφή της { $day }, που ξεκίνησε: { $by }
progress-review-check-unknown = Αυτή δεν είναι μία από τις καταγραφές αυτού του κύκλου. Διάλεξε μία από τη λίστα ή καμία.
progress-review-check-done = Η καταγραφή που έγινε για αυτή την ανασκόπηση:
