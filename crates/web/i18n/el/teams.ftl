# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.

## Teams: groups of people inside one organisation, made by its administrators.

teams-home-link = Ομάδες
teams-title = Ομάδες
teams-lead = Οι ομάδες συγκεντρώνουν τα άτομα του οργανισμού σου που δουλεύουν μαζί, για παράδειγμα σε μια περιοχή ή σε μια υπηρεσία. Οι υπεύθυνοι θα βλέπουν τους κύκλους των ομάδων τους.
teams-none = Δεν υπάρχουν ακόμη ομάδες.
teams-caption = Ομάδες σε αυτόν τον οργανισμό
teams-col-name = Ομάδα
teams-col-members = Άτομα
teams-no-members = Δεν υπάρχει ακόμη κανείς σε αυτή την ομάδα.
teams-errors-title = Υπάρχει ένα πρόβλημα
teams-new-title = Φτιάξε μια ομάδα
teams-name = Όνομα της ομάδας
teams-name-hint = Έως 80 χαρακτήρες, για παράδειγμα «Βόρεια περιοχή». Κάθε ομάδα του οργανισμού χρειάζεται το δικό της όνομα.
teams-create = Δημιουργία ομάδας
teams-name-missing = Γράψε ένα όνομα για την ομάδα.
teams-name-too-long = Το όνομα μπορεί να έχει έως { $max } χαρακτήρες.
teams-name-hidden-character = Το όνομα περιέχει έναν κρυφό χαρακτήρα που αλλάζει τον τρόπο που φαίνεται το κείμενο. Πληκτρολόγησε ξανά το όνομα αντί να το επικολλήσεις.
teams-name-taken = Υπάρχει ήδη μια ομάδα με αυτό το όνομα (τα ονόματα συγκρίνονται χωρίς να μετρούν τα κεφαλαία γράμματα). Διάλεξε άλλο όνομα.

## One team

teams-back = Όλες οι ομάδες
teams-team-title = Ομάδα { $name }
teams-team-heading = Ομάδα:
teams-members-title = Άτομα σε αυτή την ομάδα
teams-members-more = Περισσότερα άτομα σε αυτή την ομάδα
teams-members-caption = Άτομα σε αυτή την ομάδα
teams-col-person = Άτομο
teams-col-action = Ενέργεια
teams-remove = Αφαίρεση από την ομάδα
teams-add-title = Πρόσθεσε κάποιον
teams-add-person = Άτομο
teams-add-hint = Μόνο άτομα που είναι μέλη του οργανισμού σου μπορούν να μπουν στις ομάδες του.
teams-add-submit = Προσθήκη στην ομάδα
teams-add-nobody = Όλοι στον οργανισμό σου είναι ήδη σε αυτή την ομάδα.
teams-member-choose = Διάλεξε ποιον θα προσθέσεις.
teams-member-not-in-organisation = Μόνο μέλη του οργανισμού σου μπορούν να μπουν στις ομάδες του. Διάλεξε κάποιον από τη λίστα.
teams-done-created = Η ομάδα δημιουργήθηκε. Τώρα πρόσθεσε τα άτομά της.
teams-done-added = Το άτομο προστέθηκε στην ομάδα.
teams-done-already = Το άτομο ήταν ήδη στην ομάδα.
teams-done-removed = Το άτομο αφαιρέθηκε από την ομάδα.
teams-done-not-in-team = Το άτομο δεν ήταν στην ομάδα, οπότε δεν άλλαξε τίποτα.
teams-more = Περισσότερες ομάδες
teams-add-more = Περισσότερα άτομα που θα μπορούσαν να μπουν
