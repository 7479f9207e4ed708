# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.

## The home page: what needs a person, and what is new for them in their circles

home-needs-you = Τι περιμένει από σένα
home-needs-you-empty = Τίποτα δεν περιμένει από σένα τώρα: δεν υπάρχουν ανασκοπήσεις ή ενέργειες που λήγουν, και τίποτα καινούργιο δεν έχει κοινοποιηθεί σε σένα από την τελευταία φορά που κοίταξες.
home-new-for-you = Καινούργια για σένα
home-new-for-you-empty = Τίποτα καινούργιο από τους επαγγελματίες σου από την τελευταία φορά που κοίταξες, και τίποτα δεν λήγει.
home-new-notes = { $count ->
    [one] { $person } μοιράστηκε μια σημείωση μαζί σου (κύκλος: { $focus })
   *[other] { $person } μοιράστηκε { $count } σημειώσεις μαζί σου (κύκλος: { $focus })
}
home-new-checks = { $count ->
    [one] { $person } μοιράστηκε την καταγραφή του μαζί σου (κύκλος: { $focus })
   *[other] { $person } μοιράστηκε τις απόψεις του σε { $count } καταγραφές μαζί σου (κύκλος: { $focus })
}
# The rest of a busy circle's news, beyond the few lines listed for it.
home-more-in-circle = { $count ->
    [one] και 1 ακόμη (κύκλος: { $focus })
   *[other] και { $count } ακόμη (κύκλος: { $focus })
}
home-review-due = Ανασκόπηση σχεδίου έως τις { $day } (κύκλος: { $focus })
home-review-overdue = Η ανασκόπηση του σχεδίου έπρεπε να γίνει στις { $day } (κύκλος: { $focus })
home-next-review = Η επόμενη ανασκόπησή σου είναι στις { $day } (κύκλος: { $focus })
home-action-due = Λήγει στις { $day } (κύκλος: { $focus }): { $what }
home-action-overdue = Έληγε στις { $day } (κύκλος: { $focus }): { $what }
home-team-reviews-overdue = { $count ->
    [one] Μια ανασκόπηση έχει καθυστερήσει (κύκλος: { $focus })
   *[other] { $count } ανασκοπήσεις έχουν καθυστερήσει (κύκλος: { $focus })
}
