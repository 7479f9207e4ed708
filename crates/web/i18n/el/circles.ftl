# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.

## Circles: one child, young person, adult or family with the people around them.

circles-home-link = Κύκλοι
circles-title = Κύκλοι
circles-start-link = Ξεκίνα έναν κύκλο
circles-mine-title = Κύκλοι στους οποίους είσαι
circles-mine-none = Δεν είσαι ακόμη σε κανέναν κύκλο.
circles-teams-title = Κύκλοι των ομάδων σου
circles-teams-none = Οι ομάδες σου δεν έχουν κύκλους στους οποίους δεν είσαι.
circles-mine-more = Περισσότεροι κύκλοι στους οποίους είσαι
circles-teams-more = Περισσότεροι κύκλοι των ομάδων σου
circles-list-first-page = Πίσω στην πρώτη σελίδα των κύκλων
circles-member-count = { $count ->
    [one] 1 άτομο
   *[other] { $count } άτομα
}
circles-back = Όλοι οι κύκλοι
circles-back-to-circle = Πίσω στον κύκλο
circles-errors-title = Υπάρχει ένα πρόβλημα
circles-too-long = Αυτό μπορεί να έχει έως { $max } χαρακτήρες.
circles-hidden-character = Περιέχει έναν κρυφό χαρακτήρα που αλλάζει τον τρόπο που φαίνεται το κείμενο. Πληκτρολόγησέ το ξανά αντί να το επικολλήσεις.
circles-stale = Κάποιος άλλαξε αυτόν τον κύκλο αφού άνοιξες αυτή τη σελίδα, οπότε δεν αποθηκεύτηκε τίποτα. Δες τον κύκλο όπως είναι τώρα και στείλε ξανά τη φόρμα, αν το θέλεις ακόμη.

## Starting a circle

circles-new-title = Ξεκίνα έναν κύκλο
circles-new-lead = Ο κύκλος είναι ο κοινός χώρος για ένα παιδί, ένα νέο άτομο, έναν ενήλικα ή μια οικογένεια και τους ανθρώπους γύρω τους. Θα είσαι ο πρώτος επαγγελματίας του· μετά μπορείς να προσθέσεις άτομα.
circles-new-submit = Ξεκίνα τον κύκλο
circles-new-form-expired = Αυτή η φόρμα έχει ήδη χρησιμοποιηθεί ή δεν ήταν δυνατό να διαβαστεί. Έλεγξε τα στοιχεία και στείλ' τη ξανά.
circles-focus-name = Το όνομα που προτιμά
circles-focus-name-hint = Το όνομα που θέλει να χρησιμοποιούμε το νέο άτομο (ή ο ενήλικας ή η οικογένεια), έως 80 χαρακτήρες.
circles-focus-name-missing = Γράψε το όνομα που προτιμά.
circles-pronouns = Αντωνυμίες (προαιρετικά)
circles-pronouns-missing = Γράψε τις αντωνυμίες του ατόμου ή άφησε το πεδίο κενό.
circles-age-legend = Ηλικία
circles-age-hint = Δώσε ημερομηνία γέννησης ή ηλικιακή ομάδα ή τίποτα από τα δύο. Όχι και τα δύο.
circles-birth-date = Ημερομηνία γέννησης (προαιρετικά)
circles-age-band = Ηλικιακή ομάδα (προαιρετικά)
circles-age-band-none = Χωρίς ηλικιακή ομάδα
circles-age-band-shown = Ηλικία { $band }
circles-born = Γεννήθηκε: { $date }
circles-birth-not-a-date = Γράψε μια πραγματική ημερομηνία γέννησης, για παράδειγμα 2012-03-27.
circles-birth-future = Η ημερομηνία γέννησης δεν μπορεί να είναι στο μέλλον.
circles-birth-too-long-ago = Η ημερομηνία γέννησης είναι πάνω από 130 χρόνια πριν. Έλεγξε τη χρονιά.
circles-birth-both = Δώσε ημερομηνία γέννησης ή ηλικιακή ομάδα, όχι και τα δύο.
circles-age-band-unknown = Διάλεξε μία από τις ηλικιακές ομάδες.
circles-languages = Γλώσσες (προαιρετικά)
circles-languages-hint = Οι γλώσσες που μιλά, για παράδειγμα «Ελληνικά, Αλβανικά».
circles-languages-missing = Γράψε τις γλώσσες του ατόμου ή άφησε το πεδίο κενό.
circles-protected = Προστασία της ταυτότητάς του
circles-protected-hint = Τότε η ημερομηνία γέννησης, η ηλικία και οι γλώσσες του φαίνονται μόνο στους επαγγελματίες αυτού του κύκλου.
circles-team = Ομάδα (προαιρετικά)
circles-team-hint = Οι υπεύθυνοι αυτής της ομάδας θα μπορούν να βλέπουν τον κύκλο.
circles-team-none = Χωρίς ομάδα
circles-team-unknown = Διάλεξε μία από τις ομάδες του οργανισμού σου ή καμία ομάδα.
circles-done-created = Ο κύκλος ξεκίνησε. Τώρα πρόσθεσε τους ανθρώπους γύρω από το άτομο.

## One circle

circles-nav-label = Αυτός ο κύκλος
circles-nav-overview = Επισκόπηση
circles-nav-members = Άτομα σε αυτόν τον κύκλο
circles-nav-people = Ποιοι μπορούν να δουν αυτόν τον κύκλο
circles-status = Κατάσταση
circles-status-open = Ανοιχτός
circles-status-closed = Κλειστός
circles-decider = Αποφασίζει για την κοινοποίηση
circles-decider-young-person = { $name }: αποφασίζει τι κοινοποιείται, σε ποιους και πότε.
circles-decider-member = { $name }: αποφασίζει τι κοινοποιείται, σε ποιους και πότε.
circles-protected-practitioner = Η ταυτότητά του προστατεύεται: βλέπεις τα στοιχεία του επειδή είσαι επαγγελματίας σε αυτόν τον κύκλο.
circles-protected-hidden = Η ταυτότητά του προστατεύεται: μόνο οι επαγγελματίες αυτού του κύκλου βλέπουν την ηλικία και τις γλώσσες του.
circles-members-heading = Άτομα σε αυτόν τον κύκλο
circles-no-account = χωρίς λογαριασμό
circles-add-link = Πρόσθεσε κάποιον σε αυτόν τον κύκλο
circles-close-link = Κλείσε αυτόν τον κύκλο
circles-reopen = Άνοιξε ξανά αυτόν τον κύκλο
circles-done-closed = Ο κύκλος έκλεισε.
circles-done-reopened = Ο κύκλος άνοιξε ξανά.
circles-done-added = Το άτομο προστέθηκε στον κύκλο.

## Roles in a circle

circles-role = Ο ρόλος του στον κύκλο
circles-role-choose = Διάλεξε ένα
circles-role-focus-person = Το άτομο για το οποίο είναι ο κύκλος
circles-role-parent-carer = Γονέας ή φροντιστής
circles-role-practitioner = Επαγγελματίας
circles-role-guest-practitioner = Επαγγελματίας από άλλη υπηρεσία
circles-role-supporter = Υποστηρικτής
circles-role-missing = Διάλεξε τον ρόλο του στον κύκλο.

## Adding someone

circles-members-title = Άτομα στον κύκλο: { $name }
circles-add-title = Πρόσθεσε κάποιον
circles-account-legend = Έχει λογαριασμό εδώ;
circles-account-no = Όχι: δεν θα συνδέεται (για παράδειγμα ένας παππούς ή μια γιαγιά, ή ένας επαγγελματίας από άλλη υπηρεσία)
circles-account-yes = Ναι: είναι μέλος αυτού του οργανισμού
circles-email = Η διεύθυνση email ή το όνομα χρήστη του (αν έχει λογαριασμό)
circles-email-hint = Αυτό με το οποίο συνδέεται. Τα νέα άτομα συχνά έχουν όνομα χρήστη αντί για διεύθυνση email.
circles-email-invalid = Γράψε τη διεύθυνση email του, όπως name@example.org, ή το όνομα χρήστη του.
circles-email-not-in-organisation = Κανείς στον οργανισμό σου που μπορεί να έχει αυτόν τον ρόλο δεν έχει αυτή τη διεύθυνση email ή αυτό το όνομα χρήστη. Έλεγξε αυτό που έγραψες και τον ρόλο ή πρόσθεσέ τον χωρίς λογαριασμό.
circles-member-name = Όνομα
circles-member-name-hint = Πώς λέγεται σε αυτόν τον κύκλο. Για κάποιον με λογαριασμό, άφησέ το κενό για να χρησιμοποιηθεί το όνομα του λογαριασμού του.
circles-member-name-missing = Γράψε το όνομά του.
circles-relationship = Σχέση (προαιρετικά)
circles-relationship-hint = Με το άτομο για το οποίο είναι ο κύκλος, με δικά σου λόγια, για παράδειγμα «γιαγιά» ή «σχολική νοσηλεύτρια».
circles-relationship-missing = Γράψε τη σχέση του ή άφησε το πεδίο κενό.
circles-decides = Αποφασίζει για την κοινοποίηση
circles-decides-hint = Μόνο για γονέα ή φροντιστή, όταν το νέο άτομο δεν μπορεί να αποφασίσει.
circles-decides-parent-only = Μόνο ένας γονέας ή φροντιστής μπορεί να οριστεί ως αυτός που αποφασίζει για την κοινοποίηση.
circles-guest-no-account = Ένας επαγγελματίας από άλλη υπηρεσία μπαίνει μόνο σε αυτόν τον κύκλο, χωρίς λογαριασμό εδώ. Διάλεξε «Όχι» παραπάνω.
circles-already-member = Είναι ήδη σε αυτόν τον κύκλο.
circles-full = Αυτός ο κύκλος έχει { $max } άτομα, όσα χωράει το πολύ ένας κύκλος.
circles-add-submit = Προσθήκη στον κύκλο
circles-closed-no-adding = Αυτός ο κύκλος έχει κλείσει. Άνοιξέ τον ξανά για να προσθέσεις άτομα.

## Closing

circles-close-title = Κλείσιμο του κύκλου: { $name }
circles-close-lead = Όταν κλείνει ένας κύκλος, τελειώνει η δουλειά μέσα σε αυτόν. Γράψε έναν απολογισμό κλεισίματος: τι άλλαξε και τι ακολουθεί. Ο κύκλος μπορεί να ανοίξει ξανά.
circles-reflection = Απολογισμός κλεισίματος
circles-reflection-hint = Έως 4.000 χαρακτήρες. Μπορούν να τον διαβάσουν όλοι στον κύκλο.
circles-reflection-missing = Γράψε έναν απολογισμό κλεισίματος.
circles-close-submit = Κλείσε τον κύκλο

## Who can see this circle

circles-people-title = Ποιοι μπορούν να δουν τον κύκλο: { $name }
circles-people-heading = Ποιοι μπορούν να δουν τον κύκλο:
circles-people-lead = Όλοι όσοι αναφέρονται εδώ είναι σε αυτόν τον κύκλο. Ό,τι γράφεται στον κύκλο κοινοποιείται σε όσους διαλέγει αυτός που το γράφει: μόνο στον εαυτό του, στους επαγγελματίες αυτού του κύκλου ή σε όλο τον κύκλο. Οι επαγγελματίες μπορούν επίσης να κρατούν μια σημείωση προστασίας: όλοι ενημερώνονται ότι υπάρχει, αλλά μόνο οι επαγγελματίες τη διαβάζουν.
circles-you = εσύ
circles-sees-whole-circle = Βλέπει ό,τι κοινοποιείται σε όλο τον κύκλο.
circles-sees-practitioners = Βλέπει ό,τι κοινοποιείται στους επαγγελματίες αυτού του κύκλου.
circles-sees-restricted = Διαβάζει τις σημειώσεις προστασίας που κρατούν οι επαγγελματίες.
circles-sees-restricted-exists = Ενημερώνεται όταν οι επαγγελματίες κρατούν σημείωση προστασίας, αλλά όχι για το τι λέει.
circles-sees-own-drafts = Βλέπει τα δικά του πρόχειρα, που δεν τα βλέπει κανείς άλλος.
circles-sees-protected-details = Βλέπει τα προστατευμένα στοιχεία (ηλικία και γλώσσες).
circles-sees-no-protected-details = Δεν βλέπει τα προστατευμένα στοιχεία (ηλικία και γλώσσες).
circles-sees-no-account = Δεν έχει λογαριασμό, οπότε βλέπει μόνο ό,τι του δείχνουν οι άλλοι.
circles-team-managers-see = Οι υπεύθυνοι της ομάδας { $team } μπορούν επίσης να ανοίξουν αυτόν τον κύκλο. Βλέπουν ό,τι κοινοποιείται στους επαγγελματίες ή σε όλο τον κύκλο, ποτέ τα πρόχειρα.
circles-people-nobody-else = Κανείς άλλος στον οργανισμό σου, και κανείς έξω από αυτόν, δεν μπορεί να ανοίξει αυτόν τον κύκλο.

## Sharing: who will see what one writes, and who wrote it
circles-audience-legend = Ποιοι θα το δουν
circles-audience-hint = Μπορείς να κοινοποιήσεις ένα πρόχειρο αργότερα. Κανείς άλλος δεν το βλέπει μέχρι να το κάνεις.
circles-audience-only-me = Μόνο εγώ, προς το παρόν (πρόχειρο)
circles-audience-practitioners = Οι επαγγελματίες αυτού του κύκλου
circles-audience-whole-circle = Όλοι σε αυτόν τον κύκλο
circles-audience-restricted = Σημείωση προστασίας, που την κρατούν οι επαγγελματίες
circles-audience-seen-by = Το βλέπουν: { $names }.
circles-audience-and-team-managers = Μπορούν να το διαβάσουν και οι υπεύθυνοι της ομάδας αυτού του κύκλου.
circles-audience-others-told = Όλοι οι άλλοι στον κύκλο ενημερώνονται ότι υπάρχει σημείωση, αλλά όχι για το τι λέει.
circles-names-and = { $names } και { $last }
circles-by = Από: { $author }
circles-entered-by-with = Το συμπλήρωσε: { $typist } μαζί με: { $author }
circles-restricted-exists = Οι επαγγελματίες κρατούν μια σημείωση.
