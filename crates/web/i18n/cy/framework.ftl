# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## The public pages of the Resilience Framework (routes/framework).
## The framework's own content (labels, descriptions, prompts, attribution) is
## data from frameworks/*.toml, not interface text: it is never in this file.

framework-page-title = Y Fframwaith Gwydnwch
# $compartment is the compartment's label, such as "Basics".
framework-compartment-page-title = { $compartment }: un o adrannau'r Fframwaith Gwydnwch
    .family = { $compartment }: un o rannau'r Fframwaith Gwydnwch
# $move is the move's label, such as "Good enough housing".
framework-move-page-title = { $move }: cam gwydnwch

## Finding your way

framework-breadcrumb-label = Ble rydych chi
framework-overview-link = Y Fframwaith Gwydnwch
framework-other-compartments-label = Adrannau eraill
    .family = Rhannau eraill
framework-other-moves-label = Camau eraill yn yr adran hon
    .family = Camau eraill yn y rhan hon
framework-previous-compartment = Yr adran flaenorol:
    .family = Y rhan flaenorol:
framework-next-compartment = Yr adran nesaf:
    .family = Y rhan nesaf:
framework-previous-move = Y cam blaenorol:
framework-next-move = Y cam nesaf:
framework-back-to-overview = Gweld y fframwaith cyfan
framework-all-moves-in = Yr holl gamau yn yr adran:
    .family = Yr holl gamau yn y rhan:

## The overview

framework-by = Gan
framework-menu-not-test = Mae'r fframwaith yn fwydlen o gamau ymarferol i ddewis ohonyn nhw a chynllunio gyda nhw, gyda'ch gilydd. Dydy e ddim yn brawf a dydy e ddim yn rhoi sgoriau.
framework-picture-heading = Y fframwaith ar yr olwg gyntaf
framework-picture-alt = Llun o'r Fframwaith Gwydnwch: y pum adran ochr yn ochr, pob un â'i henw ar y brig a'i chamau gwydnwch wedi'u rhestru oddi tano, a'r pedwar gwirionedd bonheddig oddi tanyn nhw.
    .family = Llun o'r Fframwaith Gwydnwch: y pum rhan ochr yn ochr, pob un â'i henw ar y brig a'i chamau wedi'u rhestru oddi tani, a phedwar syniad mawr oddi tanyn nhw.
framework-picture-text-link = Darllen y llun fel testun: mae'r adrannau a'r camau wedi'u rhestru isod.
    .family = Darllen y llun fel testun: mae'r rhannau a'r camau wedi'u rhestru isod.
framework-picture-open = Agor y llun ar ei ben ei hun
framework-compartments-heading = Y pum adran a'u camau
    .family = Y pum rhan a'u camau
framework-compartments-lead = Mae pob adran yn dal camau gwydnwch: pethau ymarferol sy'n helpu. Dewiswch adran neu gam i ddarllen mwy.
    .family = Mae camau ym mhob rhan: pethau defnyddiol sy'n helpu. Dewiswch ran neu gam i ddarllen mwy.
framework-noble-truths-heading = Y pedwar gwirionedd bonheddig
    .family = Pedwar syniad mawr
framework-noble-truths-lead = Y gwirioneddau bonheddig yw'r agwedd sydd y tu ôl i bob cam. Mae eu cwestiynau'n helpu wrth wneud cynllun ac wrth edrych yn ôl arno.
    .family = Mae'r pedwar syniad hyn y tu ôl i bob cam. Mae eu cwestiynau'n helpu wrth wneud cynllun ac wrth edrych yn ôl arno.
framework-planning-prompt = Wrth gynllunio:
framework-review-prompt = Mewn adolygiad:
framework-about-heading = Am y geiriad hwn
framework-own-words = Geiriau prosiect Resilient Moves ei hun yw'r disgrifiadau a'r cwestiynau ar y tudalennau hyn.
framework-load-own-wording = Gall sefydliadau sy'n rhedeg Resilient Moves lwytho eu geiriad eu hunain o'r fframwaith, fel un a wnaed gyda'r bobl ifanc a'r teuluoedd maen nhw'n gweithio gyda nhw.
framework-licence-lead = Trwydded:
framework-edition-lead = Argraffiad:

## The wording and language switch

framework-wording-heading = Geiriad ac iaith
framework-wording-label = Dangos y fframwaith yn
framework-wording-hint = Dim ond geiriau'r fframwaith ei hun sy'n newid; mae gweddill y dudalen yn aros fel y mae.
framework-wording-standard = Geiriad safonol (Saesneg)
# $title is the overlay's own title; $language is a language name from framework-language-name.
framework-wording-option = { $title } ({ $language })
framework-wording-option-draft = { $title } ({ $language }, drafft)
framework-wording-show = Dangos
framework-wording-shown = Y geiriad sy'n cael ei ddangos:
framework-draft-notice = Drafft: heb ei adolygu eto.
framework-draft-explained = Dydy'r geiriad hwn ddim wedi cael ei adolygu eto gan y bobl y mae wedi'i ysgrifennu ar eu cyfer. Gallwch edrych arno yma, ond ni chaiff ei ddefnyddio ar gyfer cofnodion nes bydd sefydliad yn ei dderbyn.
framework-reviewed-notice = Geiriad wedi'i adolygu.
framework-made-by = Wedi'i wneud gan:
framework-note-lead = Nodyn:
framework-fell-back-lead = Dydy rhai testunau ddim yn y geiriad hwn eto; maen nhw'n cael eu dangos yn y geiriad safonol yn lle hynny.
# The name of a language, from its BCP 47 tag.
framework-language-name = { $tag ->
    [en] Saesneg
    [sv] Swedeg
    [el] Groeg
    [cy] Cymraeg
    [da] Daneg
    [de] Almaeneg
    [es] Sbaeneg
    [fr] Ffrangeg
    [ms] Maleieg
    [pl] Pwyleg
    [pt] Portiwgaleg
    [tr] Tyrceg
   *[other] iaith “{ $tag }”
}

## A compartment

framework-compartment-kicker = Un o adrannau'r Fframwaith Gwydnwch
    .family = Un o rannau'r Fframwaith Gwydnwch
framework-compartment-moves-heading = Y camau yn yr adran hon
    .family = Y camau yn y rhan hon

## A move

framework-move-kicker = Cam gwydnwch yn yr adran
    .family = Cam yn y rhan
framework-changing-the-odds-heading = Newid y fantol
framework-changing-the-odds = Yn aml mae'r cam hwn yn ymwneud â'r byd o amgylch y plentyn, nid y plentyn yn unig. Mae gwasanaethau'n ei gyfrif o dan:
    .family = Yn aml mae'r cam hwn yn ymwneud â'r byd o'ch cwmpas chi, nid dim ond amdanoch chi. Mae gwasanaethau'n ei gyfrif o dan:
framework-category-housing = Tai
framework-category-money = Arian
framework-category-safety = Diogelwch
framework-category-transport = Trafnidiaeth
framework-category-discrimination = Gwahaniaethu
framework-category-education = Addysg
framework-category-health-and-care = Gwasanaethau iechyd a gofal
framework-category-food = Bwyd
framework-category-play-and-youth = Lleoedd chwarae a gwasanaethau ieuenctid
framework-category-digital-access = Mynediad digidol
framework-category-other = Problemau strwythurol eraill
framework-planning-heading = Cynllunio gyda'r cam hwn
framework-planning-lead = Y pedwar gwirionedd bonheddig, fel cwestiynau i'w gofyn wrth gynllunio:
    .family = Pedwar cwestiwn i'w gofyn wrth gynllunio:

## The picture (framework/picture.svg)

framework-picture-title = Y Fframwaith Gwydnwch
# $compartments lists the compartments' labels; $truths lists the noble truths' labels.
framework-picture-desc = Pum adran, pob un wedi'i thynnu fel colofn gyda'i henw ar y brig a'i chamau gwydnwch oddi tano: { $compartments }. Oddi tanyn nhw, y pedwar gwirionedd bonheddig: { $truths }.
    .family = Pum rhan, pob un wedi'i thynnu fel colofn gyda'i henw ar y brig a'i chamau oddi tani: { $compartments }. Oddi tanyn nhw, pedwar syniad mawr: { $truths }.
framework-picture-noble-truths = Gwirioneddau bonheddig
    .family = Pedwar syniad mawr
