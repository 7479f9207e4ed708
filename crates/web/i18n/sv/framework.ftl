# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## The public pages of the Resilience Framework (routes/framework).
## The framework's own content (labels, descriptions, prompts, attribution) is
## data from frameworks/*.toml, not interface text: it is never in this file.

framework-page-title = Resiliensramverket
# $compartment is the compartment's label, such as "Basics".
framework-compartment-page-title = { $compartment }: ett område i resiliensramverket
    .family = { $compartment }: en del av resiliensramverket
# $move is the move's label, such as "Good enough housing".
framework-move-page-title = { $move }: ett resilienssteg

## Finding your way

framework-breadcrumb-label = Här är du
framework-overview-link = Resiliensramverket
framework-other-compartments-label = Andra områden
    .family = Andra delar
framework-other-moves-label = Andra steg i det här området
    .family = Andra steg i den här delen
framework-previous-compartment = Föregående område:
    .family = Förra delen:
framework-next-compartment = Nästa område:
    .family = Nästa del:
framework-previous-move = Föregående steg:
framework-next-move = Nästa steg:
framework-back-to-overview = Se hela ramverket
framework-all-moves-in = Alla steg i området:
    .family = Alla steg i delen:

## The overview

framework-by = Av
framework-menu-not-test = Ramverket är en meny med praktiska steg att välja bland och planera med, tillsammans. Det är inget test och det ger inga poäng.
framework-picture-heading = Ramverket i korthet
framework-picture-alt = En bild av resiliensramverket: de fem områdena bredvid varandra, vart och ett med sitt namn högst upp och sina resilienssteg listade under, och de fyra grundsanningarna längst ner.
    .family = En bild av resiliensramverket: de fem delarna bredvid varandra, var och en med sitt namn högst upp och sina steg listade under, och fyra stora idéer längst ner.
framework-picture-text-link = Läs bilden som text: områdena och stegen finns listade nedan.
    .family = Läs bilden som text: delarna och stegen finns listade nedan.
framework-picture-open = Öppna bilden för sig
framework-compartments-heading = De fem områdena och deras steg
    .family = De fem delarna och deras steg
framework-compartments-lead = Varje område innehåller resilienssteg: praktiska saker som hjälper. Välj ett område eller ett steg för att läsa mer.
    .family = Varje del har steg: praktiska saker som hjälper. Välj en del eller ett steg för att läsa mer.
framework-noble-truths-heading = De fyra grundsanningarna
    .family = Fyra stora idéer
framework-noble-truths-lead = Grundsanningarna är förhållningssättet bakom varje steg. Deras frågor hjälper när man gör en plan och när man följer upp den.
    .family = De här fyra idéerna finns bakom varje steg. Deras frågor hjälper när man gör en plan och när man tittar tillbaka på den.
framework-planning-prompt = När ni planerar:
framework-review-prompt = Vid en uppföljning:
framework-about-heading = Om formuleringarna
framework-own-words = Beskrivningarna och frågorna på de här sidorna är Resilient Moves-projektets egna ord.
framework-load-own-wording = Organisationer som använder Resilient Moves kan lägga in en egen formulering av ramverket, till exempel en som de har gjort tillsammans med de unga och familjer som de arbetar med.
framework-licence-lead = Licens:
framework-edition-lead = Utgåva:

## The wording and language switch

framework-wording-heading = Formulering och språk
framework-wording-label = Visa ramverket med
framework-wording-hint = Bara ramverkets egna ord ändras; resten av sidan förblir som den är.
framework-wording-standard = Standardformulering (engelska)
# $title is the overlay's own title; $language is a language name from framework-language-name.
framework-wording-option = { $title } ({ $language })
framework-wording-option-draft = { $title } ({ $language }, utkast)
framework-wording-show = Visa
framework-wording-shown = Formulering som visas:
framework-draft-notice = Utkast: inte granskat än.
framework-draft-explained = Den här formuleringen har ännu inte granskats av dem som den är skriven för. Du kan titta på den här, men den används inte i journaler eller dokumentation förrän en organisation har godkänt den.
framework-reviewed-notice = Granskad formulering.
framework-made-by = Gjord av:
framework-note-lead = Obs:
framework-fell-back-lead = Vissa texter finns inte i den här formuleringen än; de visas i standardformuleringen i stället.
# The name of a language, from its BCP 47 tag.
framework-language-name = { $tag ->
    [en] engelska
    [sv] svenska
    [el] grekiska
    [cy] walesiska
    [da] danska
    [de] tyska
    [es] spanska
    [fr] franska
    [ms] malajiska
    [pl] polska
    [pt] portugisiska
    [tr] turkiska
   *[other] språket ”{ $tag }”
}

## A compartment

framework-compartment-kicker = Ett område i resiliensramverket
    .family = En del av resiliensramverket
framework-compartment-moves-heading = Stegen i det här området
    .family = Stegen i den här delen

## A move

framework-move-kicker = Ett resilienssteg i området
    .family = Ett steg i delen
framework-changing-the-odds-heading = Förändra förutsättningarna
framework-changing-the-odds = Det här steget handlar ofta om världen runt barnet, inte bara om barnet. Verksamheter räknar det som:
    .family = Det här steget handlar ofta om världen runt dig, inte bara om dig. Verksamheter räknar det som:
framework-category-housing = Boende
framework-category-money = Pengar
framework-category-safety = Trygghet och säkerhet
framework-category-transport = Resor och transport
framework-category-discrimination = Diskriminering
framework-category-education = Utbildning
framework-category-health-and-care = Hälso- och sjukvård och omsorg
framework-category-food = Mat
framework-category-play-and-youth = Lek och fritidsverksamhet för unga
framework-category-digital-access = Tillgång till internet och datorer
framework-category-other = Andra strukturella problem
framework-planning-heading = Att planera med det här steget
framework-planning-lead = De fyra grundsanningarna, som frågor att ställa när ni planerar:
    .family = Fyra frågor att ställa när ni planerar:

## The picture (framework/picture.svg)

framework-picture-title = Resiliensramverket
# $compartments lists the compartments' labels; $truths lists the noble truths' labels.
framework-picture-desc = Fem områden, vart och ett ritat som en kolumn med sitt namn högst upp och sina resilienssteg under: { $compartments }. Längst ner de fyra grundsanningarna: { $truths }.
    .family = Fem delar, var och en ritad som en kolumn med sitt namn högst upp och sina steg under: { $compartments }. Längst ner fyra stora idéer: { $truths }.
framework-picture-noble-truths = Grundsanningar
    .family = Fyra stora idéer
