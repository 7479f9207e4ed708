## The public pages of the Resilience Framework (routes/framework).
## The framework's own content (labels, descriptions, prompts, attribution) is
## data from frameworks/*.toml, not interface text: it is never in this file.

framework-page-title = The Resilience Framework
# $compartment is the compartment's label, such as "Basics".
framework-compartment-page-title = { $compartment }: a compartment of the Resilience Framework
# $move is the move's label, such as "Good enough housing".
framework-move-page-title = { $move }: a resilient move

## Finding your way

framework-breadcrumb-label = Where you are
framework-overview-link = The Resilience Framework
framework-other-compartments-label = Other compartments
framework-other-moves-label = Other moves in this compartment
framework-previous-compartment = Previous compartment:
framework-next-compartment = Next compartment:
framework-previous-move = Previous move:
framework-next-move = Next move:
framework-back-to-overview = See the whole framework
framework-all-moves-in = All the moves in the compartment:

## The overview

framework-by = By
framework-menu-not-test = The framework is a menu of practical moves to choose from and plan with, together. It is not a test and it gives no scores.
framework-picture-heading = The framework at a glance
framework-picture-alt = A picture of the Resilience Framework: the five compartments side by side, each with its name at the top and its resilient moves listed below it, and the four noble truths underneath.
framework-picture-text-link = Read the picture as text: the compartments and moves are listed below.
framework-picture-open = Open the picture on its own
framework-compartments-heading = The five compartments and their moves
framework-compartments-lead = Each compartment holds resilient moves: practical things that help. Choose a compartment or a move to read more.
framework-noble-truths-heading = The four noble truths
framework-noble-truths-lead = The noble truths are the stance behind every move. Their prompts help when making a plan and when looking back at it.
framework-planning-prompt = When planning:
framework-review-prompt = At a review:
framework-about-heading = About this wording
framework-own-words = The descriptions and prompts on these pages are the Resilient Moves project's own words.
framework-load-own-wording = Organisations running Resilient Moves may load their own wording of the framework, such as one made with the young people and families they work with.
framework-licence-lead = Licence:
framework-edition-lead = Edition:

## The wording and language switch

framework-wording-heading = Wording and language
framework-wording-label = Show the framework in
framework-wording-hint = Only the framework's own words change; the rest of the page stays in English.
framework-wording-standard = Standard wording (English)
# $title is the overlay's own title; $language is a language name from framework-language-name.
framework-wording-option = { $title } ({ $language })
framework-wording-option-draft = { $title } ({ $language }, draft)
framework-wording-show = Show
framework-wording-shown = Wording shown:
framework-draft-notice = Draft: not yet reviewed.
framework-draft-explained = This wording has not yet been reviewed by the people it is written for. You can look at it here, but it is not used for records until an organisation accepts it.
framework-reviewed-notice = Reviewed wording.
framework-made-by = Made by:
framework-note-lead = Note:
framework-fell-back-lead = Some texts are not in this wording yet; they are shown in the standard wording instead.
# The name of a language, from its BCP 47 tag.
framework-language-name = { $tag ->
    [en] English
    [sv] Swedish
    [el] Greek
    [cy] Welsh
    [da] Danish
    [de] German
    [es] Spanish
    [fr] French
    [ms] Malay
    [pl] Polish
    [pt] Portuguese
    [tr] Turkish
   *[other] language “{ $tag }”
}

## A compartment

framework-compartment-kicker = A compartment of the Resilience Framework
framework-compartment-moves-heading = The moves in this compartment

## A move

framework-move-kicker = A resilient move in the compartment
framework-changing-the-odds-heading = Changing the odds
framework-changing-the-odds = This move is often about the world around the child, not only the child. Services count it under:
framework-category-housing = Housing
framework-category-money = Money
framework-category-safety = Safety
framework-category-transport = Transport
framework-category-discrimination = Discrimination
framework-category-other = Other structural problems
framework-planning-heading = Planning with this move
framework-planning-lead = The four noble truths, as questions to ask when planning:

## The picture (framework/picture.svg)

framework-picture-title = The Resilience Framework
# $compartments lists the compartments' labels; $truths lists the noble truths' labels.
framework-picture-desc = Five compartments, each drawn as a column with its name at the top and its resilient moves below: { $compartments }. Underneath, the four noble truths: { $truths }.
framework-picture-noble-truths = Noble truths
