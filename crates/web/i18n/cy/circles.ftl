# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## Circles: one child, young person, adult or family with the people around them.

circles-home-link = Cylchoedd
circles-title = Cylchoedd
circles-start-link = Dechrau cylch
circles-mine-title = Cylchoedd rydych chi ynddyn nhw
circles-mine-none = Dydych chi ddim mewn unrhyw gylch eto.
circles-teams-title = Cylchoedd eich timau
circles-teams-none = Does gan eich timau ddim cylchoedd nad ydych chi ynddyn nhw.
circles-mine-more = Rhagor o gylchoedd rydych chi ynddyn nhw
circles-teams-more = Rhagor o gylchoedd eich timau
circles-list-first-page = Yn ôl i dudalen gyntaf y cylchoedd
circles-member-count = { $count ->
    [one] 1 person
    [two] 2 berson
   *[other] { $count } o bobl
}
circles-back = Pob cylch
circles-back-to-circle = Yn ôl i'r cylch
circles-errors-title = Mae problem
circles-too-long = Gall hwn fod yn { $max } nod o hyd ar y mwyaf.
circles-hidden-character = Mae nod cudd yn hwn sy'n newid sut mae'r testun yn cael ei ddangos. Teipiwch ef eto yn lle ei ludo.
circles-stale = Newidiodd rhywun y cylch hwn ar ôl i chi agor y dudalen hon, felly chafodd dim byd ei gadw. Edrychwch ar y cylch fel y mae nawr, yna anfonwch y ffurflen eto os ydych chi'n dal eisiau.

## Starting a circle

circles-new-title = Dechrau cylch
circles-new-lead = Cylch yw'r lle ar y cyd ar gyfer un plentyn, person ifanc, oedolyn neu deulu a'r bobl o'u cwmpas. Chi fydd ei ymarferydd cyntaf; gallwch ychwanegu pobl nesaf.
circles-new-submit = Dechrau'r cylch
circles-new-form-expired = Roedd y ffurflen hon eisoes wedi'i defnyddio neu doedd dim modd ei darllen. Gwiriwch y manylion a'i hanfon eto.
circles-focus-name = Yr enw maen nhw eisiau cael eu galw
circles-focus-name-hint = Yr enw mae'r person ifanc (neu'r oedolyn neu'r teulu) eisiau cael ei alw, hyd at 80 nod.
circles-focus-name-missing = Rhowch yr enw maen nhw eisiau cael eu galw.
circles-pronouns = Rhagenwau (dewisol)
circles-pronouns-missing = Rhowch eu rhagenwau, neu gadewch y maes yn wag.
circles-age-legend = Oed
circles-age-hint = Rhowch ddyddiad geni neu fand oedran, neu ddim un. Nid y ddau.
circles-birth-date = Dyddiad geni (dewisol)
circles-age-band = Band oedran (dewisol)
circles-age-band-none = Dim band oedran
circles-age-band-shown = Oed { $band }
circles-born = Ganwyd { $date }
circles-birth-not-a-date = Rhowch ddyddiad geni go iawn, er enghraifft 2012-03-27.
circles-birth-future = All y dyddiad geni ddim bod yn y dyfodol.
circles-birth-too-long-ago = Mae'r dyddiad geni fwy na 130 o flynyddoedd yn ôl. Gwiriwch y flwyddyn.
circles-birth-both = Rhowch ddyddiad geni neu fand oedran, nid y ddau.
circles-age-band-unknown = Dewiswch un o'r bandiau oedran.
circles-languages = Ieithoedd (dewisol)
circles-languages-hint = Yr ieithoedd maen nhw'n eu siarad, er enghraifft "Cymraeg, Saesneg".
circles-languages-missing = Rhowch eu hieithoedd, neu gadewch y maes yn wag.
circles-protected = Diogelu pwy ydyn nhw
circles-protected-hint = Wedyn dim ond ymarferwyr yn y cylch hwn fydd yn gweld eu dyddiad geni, eu hoed a'u hieithoedd.
circles-team = Tîm (dewisol)
circles-team-hint = Bydd rheolwyr y tîm hwn yn gallu gweld y cylch.
circles-team-none = Dim tîm
circles-team-unknown = Dewiswch un o dimau eich sefydliad, neu ddim tîm.
circles-done-created = Mae'r cylch wedi dechrau. Nawr ychwanegwch y bobl o'u cwmpas.

## One circle

circles-nav-label = Y cylch hwn
circles-nav-overview = Trosolwg
circles-nav-members = Pobl yn y cylch hwn
circles-nav-people = Pwy sy'n gallu gweld y cylch hwn
circles-status = Statws
circles-status-open = Ar agor
circles-status-closed = Ar gau
circles-decider = Yn penderfynu am rannu
circles-decider-young-person = { $name } sy'n penderfynu beth sy'n cael ei rannu, gyda phwy a phryd.
circles-decider-member = { $name } sy'n penderfynu beth sy'n cael ei rannu, gyda phwy a phryd.
circles-decider-you = Chi sy'n penderfynu beth sy'n cael ei rannu, gyda phwy a phryd.
circles-protected-practitioner = Mae pwy ydyn nhw wedi'i ddiogelu: rydych chi'n gweld eu manylion am eich bod yn ymarferydd yn y cylch hwn.
circles-protected-hidden = Mae pwy ydyn nhw wedi'i ddiogelu: dim ond ymarferwyr yn y cylch hwn sy'n gweld eu hoed a'u hieithoedd.
    .family = Mae eu hoed a'u hieithoedd yn breifat: dim ond y gweithwyr yn y cylch hwn sy'n eu gweld.
circles-protected-yours = Mae eich oed a'ch ieithoedd yn breifat. Dim ond chi a'r gweithwyr yn eich cylch sy'n gallu eu gweld.
circles-members-heading = Pobl yn y cylch hwn
circles-no-account = dim cyfrif
circles-add-link = Ychwanegu rhywun at y cylch hwn
circles-close-link = Cau'r cylch hwn
circles-reopen = Ailagor y cylch hwn
circles-done-closed = Cafodd y cylch ei gau.
circles-done-reopened = Cafodd y cylch ei ailagor.
circles-done-added = Cawson nhw eu hychwanegu at y cylch.

## Roles in a circle

circles-role = Eu rhan yn y cylch
circles-role-choose = Dewiswch un
circles-role-focus-person = Y person mae'r cylch amdano
circles-role-parent-carer = Rhiant neu ofalwr
circles-role-practitioner = Ymarferydd
    .family = Gweithiwr
circles-role-guest-practitioner = Ymarferydd o wasanaeth arall
    .family = Gweithiwr o wasanaeth arall
circles-role-supporter = Cefnogwr
circles-role-missing = Dewiswch eu rhan yn y cylch.

## Adding someone

circles-members-title = Pobl yng nghylch { $name }
circles-add-title = Ychwanegu rhywun
circles-account-legend = Oes ganddyn nhw gyfrif yma?
circles-account-no = Na: fyddan nhw ddim yn mewngofnodi (er enghraifft nain, taid, mam-gu neu dad-cu, neu ymarferydd o wasanaeth arall)
circles-account-yes = Oes: maen nhw'n aelod o'r sefydliad hwn
circles-email = Eu cyfeiriad e-bost neu eu henw defnyddiwr (os oes ganddyn nhw gyfrif)
circles-email-hint = Yr hyn maen nhw'n mewngofnodi ag ef. Yn aml mae gan bobl ifanc enw defnyddiwr yn lle cyfeiriad e-bost.
circles-email-invalid = Rhowch eu cyfeiriad e-bost, fel enw@example.org, neu eu henw defnyddiwr.
circles-email-not-in-organisation = Does gan neb yn eich sefydliad sy'n gallu cymryd y rhan hon y cyfeiriad e-bost neu'r enw defnyddiwr hwn. Gwiriwch yr hyn a deipiwyd a'u rhan, neu ychwanegwch nhw heb gyfrif.
circles-member-name = Enw
circles-member-name-hint = Sut maen nhw'n cael eu henwi yn y cylch hwn. I rywun sydd â chyfrif, gadewch yn wag i ddefnyddio'r enw ar eu cyfrif.
circles-member-name-missing = Rhowch eu henw.
circles-relationship = Perthynas (dewisol)
circles-relationship-hint = I'r person mae'r cylch amdano, yn eich geiriau chi, er enghraifft "mam-gu" neu "nyrs ysgol".
circles-relationship-missing = Rhowch eu perthynas, neu gadewch y maes yn wag.
circles-decides = Nhw sy'n penderfynu am rannu
circles-decides-hint = Dim ond ar gyfer rhiant neu ofalwr, pan nad yw'r person ifanc yn gallu penderfynu.
circles-decides-parent-only = Dim ond rhiant neu ofalwr sy'n gallu cael ei enwi fel yr un sy'n penderfynu am rannu.
circles-guest-no-account = Mae ymarferydd o wasanaeth arall yn ymuno â'r cylch hwn yn unig, heb gyfrif yma. Dewiswch "Na" uchod.
circles-already-member = Maen nhw yn y cylch hwn yn barod.
circles-full = Mae { $max } o bobl yn y cylch hwn, sef y nifer mwyaf y gall cylch ei ddal.
circles-add-submit = Ychwanegu at y cylch
circles-closed-no-adding = Mae'r cylch hwn ar gau. Ailagorwch ef i ychwanegu pobl.

## Closing

circles-close-title = Cau cylch { $name }
circles-close-lead = Mae cau cylch yn dod â'r gwaith ynddo i ben. Ysgrifennwch fyfyrdod i gloi: beth newidiodd, a beth sy'n dod nesaf. Gellir ailagor y cylch.
circles-reflection = Myfyrdod i gloi
circles-reflection-hint = Hyd at 4,000 nod. Gall pawb yn y cylch ei ddarllen.
circles-reflection-missing = Ysgrifennwch fyfyrdod i gloi.
circles-close-submit = Cau'r cylch

## Who can see this circle

circles-people-title = Pwy sy'n gallu gweld cylch { $name }
circles-people-heading = Pwy sy'n gallu gweld cylch
circles-people-lead = Mae pawb sydd wedi'u rhestru yma yn y cylch hwn. Mae pob peth sy'n cael ei ysgrifennu yn y cylch yn cael ei rannu gyda chynulleidfa mae'r awdur yn ei dewis: dim ond nhw eu hunain, yr ymarferwyr yn y cylch hwn, neu'r cylch cyfan. Gall ymarferwyr hefyd gadw nodyn diogelu: mae pawb yn cael gwybod ei fod yn bodoli, ond dim ond ymarferwyr sy'n ei ddarllen.
    .family = Mae pawb sydd ar y rhestr yma yn y cylch hwn. Pan fydd rhywun yn ysgrifennu rhywbeth yma, nhw sy'n dewis pwy sy'n ei weld: dim ond nhw, y gweithwyr yn y cylch hwn, neu bawb yn y cylch. Gall gweithwyr hefyd gadw nodyn preifat i gadw rhywun yn ddiogel: mae pawb yn cael gwybod bod nodyn fel hyn yn bod, ond dim ond gweithwyr sy'n ei ddarllen.
circles-you = chi
circles-sees-whole-circle = Yn gweld beth sy'n cael ei rannu gyda'r cylch cyfan.
circles-sees-practitioners = Yn gweld beth sy'n cael ei rannu gyda'r ymarferwyr yn y cylch hwn.
    .family = Yn gweld beth sy'n cael ei rannu gyda'r gweithwyr yn y cylch hwn.
circles-sees-restricted = Yn darllen y nodiadau diogelu mae ymarferwyr yn eu cadw.
    .family = Yn darllen y nodiadau preifat mae gweithwyr yn eu cadw i gadw rhywun yn ddiogel.
circles-sees-restricted-exists = Yn cael gwybod pan fydd ymarferwyr yn cadw nodyn diogelu, ond nid beth mae'n ei ddweud.
    .family = Yn cael gwybod pan fydd gweithwyr yn cadw nodyn preifat i gadw rhywun yn ddiogel, ond nid beth mae'n ei ddweud.
circles-sees-own-drafts = Yn gweld eu drafftiau eu hunain, nad oes neb arall yn eu gweld.
circles-sees-protected-details = Yn gweld y manylion sydd wedi'u diogelu (oed ac ieithoedd).
    .family = Yn gweld y manylion preifat (oed ac ieithoedd).
circles-sees-no-protected-details = Ddim yn gweld y manylion sydd wedi'u diogelu (oed ac ieithoedd).
    .family = Ddim yn gweld y manylion preifat (oed ac ieithoedd).
circles-sees-no-account = Does dim cyfrif ganddyn nhw, felly dim ond yr hyn mae eraill yn ei ddangos iddyn nhw maen nhw'n ei weld.
circles-team-managers-see = Gall rheolwyr y tîm { $team } agor y cylch hwn hefyd. Maen nhw'n gweld beth sy'n cael ei rannu gyda'r ymarferwyr neu'r cylch cyfan, byth drafftiau.
    .family = Gall rheolwyr y tîm { $team } agor y cylch hwn hefyd. Maen nhw'n gweld beth sy'n cael ei rannu gyda'r gweithwyr neu gyda phawb yn y cylch, byth drafftiau.
circles-people-nobody-else = All neb arall yn eich sefydliad, na neb y tu allan iddo, agor y cylch hwn.

## Sharing: who will see what one writes, and who wrote it
circles-audience-legend = Pwy fydd yn gweld hwn
circles-audience-hint = Gallwch rannu drafft yn nes ymlaen. Does neb arall yn ei weld nes i chi wneud hynny.
circles-audience-only-me = Dim ond fi, am y tro (drafft)
circles-audience-practitioners = Yr ymarferwyr yn y cylch hwn
    .family = Y gweithwyr yn y cylch hwn
circles-audience-whole-circle = Pawb yn y cylch hwn
circles-audience-restricted = Nodyn diogelu, wedi'i gadw gan ymarferwyr
    .family = Nodyn preifat, wedi'i gadw gan weithwyr i gadw rhywun yn ddiogel
circles-audience-seen-by = Yn cael ei weld gan { $names }.
# The reader, as named in "Seen by …" (the object form where the language has one).
circles-audience-you = chi
circles-audience-and-team-managers = Gall rheolwyr tîm y cylch hwn ei ddarllen hefyd.
circles-audience-others-told = Mae pawb arall yn y cylch yn cael gwybod bod nodyn yn cael ei gadw, ond nid beth mae'n ei ddweud.
circles-names-and = { $names } a { $last }
circles-by = Gan { $author }
circles-entered-by-with = Wedi'i roi gan { $typist } gyda { $author }
circles-restricted-exists = Mae nodyn yn cael ei gadw gan ymarferwyr.
    .family = Mae gweithwyr yn cadw nodyn preifat yma.
