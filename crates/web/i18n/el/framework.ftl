# Πρόχειρη μετάφραση με τη βοήθεια μηχανής: χρειάζεται έλεγχο από φυσικούς ομιλητές της ελληνικής.

## The public pages of the Resilience Framework (routes/framework).
## The framework's own content (labels, descriptions, prompts, attribution) is
## data from frameworks/*.toml, not interface text: it is never in this file.

framework-page-title = Το Πλαίσιο Ανθεκτικότητας
# $compartment is the compartment's label, such as "Basics".
framework-compartment-page-title = { $compartment }: μια ενότητα του Πλαισίου Ανθεκτικότητας
    .family = { $compartment }: ένα μέρος του Πλαισίου Ανθεκτικότητας
# $move is the move's label, such as "Good enough housing".
framework-move-page-title = { $move }: μια κίνηση ανθεκτικότητας

## Finding your way

framework-breadcrumb-label = Πού βρίσκεσαι
framework-overview-link = Το Πλαίσιο Ανθεκτικότητας
framework-other-compartments-label = Άλλες ενότητες
    .family = Άλλα μέρη
framework-other-moves-label = Άλλες κινήσεις σε αυτή την ενότητα
    .family = Άλλες κινήσεις σε αυτό το μέρος
framework-previous-compartment = Προηγούμενη ενότητα:
    .family = Προηγούμενο μέρος:
framework-next-compartment = Επόμενη ενότητα:
    .family = Επόμενο μέρος:
framework-previous-move = Προηγούμενη κίνηση:
framework-next-move = Επόμενη κίνηση:
framework-back-to-overview = Δες όλο το πλαίσιο
framework-all-moves-in = Όλες οι κινήσεις της ενότητας:
    .family = Όλες οι κινήσεις του μέρους:

## The overview

framework-by = Από
framework-menu-not-test = Το πλαίσιο είναι ένα μενού από πρακτικές κινήσεις για να διαλέγετε και να σχεδιάζετε μαζί. Δεν είναι τεστ και δεν δίνει βαθμούς.
framework-picture-heading = Το πλαίσιο με μια ματιά
framework-picture-alt = Μια εικόνα του Πλαισίου Ανθεκτικότητας: οι πέντε ενότητες δίπλα δίπλα, η καθεμία με το όνομά της επάνω και τις κινήσεις ανθεκτικότητάς της από κάτω, και οι τέσσερις ευγενείς αλήθειες στο κάτω μέρος.
    .family = Μια εικόνα του Πλαισίου Ανθεκτικότητας: τα πέντε μέρη δίπλα δίπλα, το καθένα με το όνομά του επάνω και τις κινήσεις του από κάτω, και τέσσερις μεγάλες ιδέες στο κάτω μέρος.
framework-picture-text-link = Διάβασε την εικόνα ως κείμενο: οι ενότητες και οι κινήσεις αναφέρονται παρακάτω.
    .family = Διάβασε την εικόνα ως κείμενο: τα μέρη και οι κινήσεις είναι γραμμένα παρακάτω.
framework-picture-open = Άνοιξε την εικόνα μόνη της
framework-compartments-heading = Οι πέντε ενότητες και οι κινήσεις τους
    .family = Τα πέντε μέρη και οι κινήσεις τους
framework-compartments-lead = Κάθε ενότητα περιέχει κινήσεις ανθεκτικότητας: πρακτικά πράγματα που βοηθούν. Διάλεξε μια ενότητα ή μια κίνηση για να διαβάσεις περισσότερα.
    .family = Κάθε μέρος έχει κινήσεις: πρακτικά πράγματα που βοηθούν. Διάλεξε ένα μέρος ή μια κίνηση για να διαβάσεις περισσότερα.
framework-noble-truths-heading = Οι τέσσερις ευγενείς αλήθειες
    .family = Τέσσερις μεγάλες ιδέες
framework-noble-truths-lead = Οι ευγενείς αλήθειες είναι η στάση πίσω από κάθε κίνηση. Οι ερωτήσεις τους βοηθούν όταν φτιάχνετε ένα σχέδιο και όταν το ξανακοιτάτε.
    .family = Αυτές οι τέσσερις ιδέες βρίσκονται πίσω από κάθε κίνηση. Οι ερωτήσεις τους βοηθούν όταν φτιάχνεις ένα σχέδιο και όταν το ξανακοιτάς.
framework-planning-prompt = Όταν σχεδιάζετε:
framework-review-prompt = Σε μια ανασκόπηση:
framework-about-heading = Σχετικά με αυτή τη διατύπωση
framework-own-words = Οι περιγραφές και οι ερωτήσεις σε αυτές τις σελίδες είναι γραμμένες από το ίδιο το έργο Resilient Moves.
framework-load-own-wording = Οι οργανισμοί που χρησιμοποιούν το Resilient Moves μπορούν να φορτώσουν τη δική τους διατύπωση του πλαισίου, για παράδειγμα μια διατύπωση φτιαγμένη μαζί με τα νέα άτομα και τις οικογένειες με τις οποίες δουλεύουν.
framework-licence-lead = Άδεια χρήσης:
framework-edition-lead = Έκδοση:

## The wording and language switch

framework-wording-heading = Διατύπωση και γλώσσα
framework-wording-label = Εμφάνιση του πλαισίου σε
framework-wording-hint = Αλλάζουν μόνο τα λόγια του ίδιου του πλαισίου· η υπόλοιπη σελίδα μένει όπως είναι.
framework-wording-standard = Βασική διατύπωση (Αγγλικά)
# $title is the overlay's own title; $language is a language name from framework-language-name.
framework-wording-option = { $title } ({ $language })
framework-wording-option-draft = { $title } ({ $language }, πρόχειρο)
framework-wording-show = Εμφάνιση
framework-wording-shown = Διατύπωση που εμφανίζεται:
framework-draft-notice = Πρόχειρο: δεν έχει ελεγχθεί ακόμη.
framework-draft-explained = Αυτή η διατύπωση δεν έχει ελεγχθεί ακόμη από τα άτομα για τα οποία γράφτηκε. Μπορείς να τη δεις εδώ, αλλά δεν χρησιμοποιείται στα αρχεία μέχρι να την αποδεχτεί ένας οργανισμός.
framework-reviewed-notice = Ελεγμένη διατύπωση.
framework-made-by = Τη δημιούργησαν:
framework-note-lead = Σημείωση:
framework-fell-back-lead = Ορισμένα κείμενα δεν υπάρχουν ακόμη σε αυτή τη διατύπωση· εμφανίζονται στη βασική διατύπωση.
# The name of a language, from its BCP 47 tag.
framework-language-name = { $tag ->
    [en] Αγγλικά
    [sv] Σουηδικά
    [el] Ελληνικά
    [cy] Ουαλικά
    [da] Δανικά
    [de] Γερμανικά
    [es] Ισπανικά
    [fr] Γαλλικά
    [ms] Μαλαισιανά
    [pl] Πολωνικά
    [pt] Πορτογαλικά
    [tr] Τουρκικά
   *[other] γλώσσα «{ $tag }»
}

## A compartment

framework-compartment-kicker = Μια ενότητα του Πλαισίου Ανθεκτικότητας
    .family = Ένα μέρος του Πλαισίου Ανθεκτικότητας
framework-compartment-moves-heading = Οι κινήσεις σε αυτή την ενότητα
    .family = Οι κινήσεις σε αυτό το μέρος

## A move

framework-move-kicker = Μια κίνηση ανθεκτικότητας στην ενότητα
    .family = Μια κίνηση σε αυτό το μέρος
framework-changing-the-odds-heading = Αλλάζουμε τα δεδομένα
framework-changing-the-odds = Αυτή η κίνηση συχνά αφορά τον κόσμο γύρω από το παιδί, όχι μόνο το ίδιο το παιδί. Οι υπηρεσίες την καταγράφουν στην κατηγορία:
    .family = Αυτή η κίνηση συχνά αφορά τον κόσμο γύρω σου, όχι μόνο εσένα. Οι υπηρεσίες τη μετρούν στην κατηγορία:
framework-category-housing = Στέγη
framework-category-money = Χρήματα
framework-category-safety = Ασφάλεια
framework-category-transport = Μετακίνηση
framework-category-discrimination = Διακρίσεις
framework-category-education = Εκπαίδευση
framework-category-health-and-care = Υπηρεσίες υγείας και φροντίδας
framework-category-food = Φαγητό
framework-category-play-and-youth = Χώροι παιχνιδιού και νέων
framework-category-digital-access = Πρόσβαση στο διαδίκτυο
framework-category-other = Άλλα προβλήματα της κοινωνίας και των δομών
framework-planning-heading = Σχεδιασμός με αυτή την κίνηση
framework-planning-lead = Οι τέσσερις ευγενείς αλήθειες, ως ερωτήσεις για τον σχεδιασμό:
    .family = Τέσσερις ερωτήσεις για όταν φτιάχνεις ένα σχέδιο:

## The picture (framework/picture.svg)

framework-picture-title = Το Πλαίσιο Ανθεκτικότητας
# $compartments lists the compartments' labels; $truths lists the noble truths' labels.
framework-picture-desc = Πέντε ενότητες, η καθεμία σχεδιασμένη ως στήλη με το όνομά της επάνω και τις κινήσεις ανθεκτικότητάς της από κάτω: { $compartments }. Στο κάτω μέρος, οι τέσσερις ευγενείς αλήθειες: { $truths }.
    .family = Πέντε μέρη, το καθένα σχεδιασμένο ως στήλη με το όνομά του επάνω και τις κινήσεις του από κάτω: { $compartments }. Από κάτω, τέσσερις μεγάλες ιδέες: { $truths }.
framework-picture-noble-truths = Ευγενείς αλήθειες
    .family = Τέσσερις μεγάλες ιδέες
