# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## The circle's journal of notes

notes-nav = Dyddlyfr
notes-title = Dyddlyfr { $name }
notes-heading = Dyddlyfr
notes-lead = Nodiadau am yr hyn a ddigwyddodd, wedi'u hysgrifennu gan y bobl yn y cylch hwn. Rydych chi'n gweld y nodiadau sydd wedi'u rhannu gyda chi, a'ch rhai chi.
notes-older = Nodiadau hŷn
notes-none = Does dim nodiadau y gallwch eu darllen eto.
notes-new-link = Ysgrifennu nodyn
notes-change-link = Newid neu rannu'r nodyn hwn
notes-back = Yn ôl i'r dyddlyfr
notes-shared-with = Wedi'i rannu gyda: { $audience }
notes-closed-read-only = Mae'r cylch hwn ar gau. Gallwch ddarllen ei ddyddlyfr, ond all neb ychwanegu ato na'i newid.
notes-date = { $day } { $month } { $year }
notes-month-1 = Ionawr
notes-month-2 = Chwefror
notes-month-3 = Mawrth
notes-month-4 = Ebrill
notes-month-5 = Mai
notes-month-6 = Mehefin
notes-month-7 = Gorffennaf
notes-month-8 = Awst
notes-month-9 = Medi
notes-month-10 = Hydref
notes-month-11 = Tachwedd
notes-month-12 = Rhagfyr

## Writing or changing a note

notes-new-title = Ysgrifennu nodyn
notes-change-title = Newid neu rannu eich nodyn
notes-body = Eich nodyn
notes-body-hint = Beth ddigwyddodd, yn eich geiriau eich hun. Hyd at { $max } nod.
notes-body-missing = Ysgrifennwch rywbeth yn y nodyn.
notes-about = Y diwrnod mae'n sôn amdano
notes-about-hint = Heddiw, oni bai eich bod yn ysgrifennu am ddiwrnod cynharach.
notes-about-not-a-date = Rhowch ddyddiad go iawn, er enghraifft 2025-11-24.
notes-about-future = All y diwrnod ddim bod yn y dyfodol.
notes-about-too-long-ago = Mae'r dyddiad cyn 1900. Gwiriwch y flwyddyn.
notes-with = Geiriau pwy yw'r rhain?
notes-with-hint = Os ydych chi'n teipio geiriau rhywun gyda nhw, dewiswch nhw. Byddan nhw'n gweld y nodyn hefyd, pwy bynnag arall rydych chi'n ei rannu gyda nhw.
notes-with-own = Fy ngeiriau fy hun
notes-with-member = { $name } ({ $role })
notes-with-unknown = Dewiswch rywun sydd yn y cylch hwn, neu eich geiriau eich hun.
notes-with-not-yours = Dim ond ymarferwyr yn y cylch hwn sy'n gallu teipio nodyn gyda rhywun arall.
    .family = Dim ond gweithwyr yn y cylch hwn sy'n gallu teipio nodyn gyda rhywun arall.
notes-audience-unknown = Dewiswch pwy fydd yn gweld y nodyn hwn.
notes-not-a-member = Dim ond pobl yn y cylch hwn sydd â chyfrif sy'n gallu ysgrifennu nodiadau yma.
notes-not-theirs = Dim ond y person a ysgrifennodd y nodyn hwn, neu a'i teipiodd gyda nhw, sy'n gallu ei newid.
notes-kept-by-practitioners = Dim ond ymarferwyr sy'n gallu newid nodyn sy'n cael ei gadw ar gyfer diogelu.
    .family = Dim ond gweithwyr sy'n gallu newid nodyn preifat sy'n cael ei gadw i gadw rhywun yn ddiogel.
notes-circle-closed = Mae'r cylch hwn ar gau, felly chafodd dim byd ei gadw. Mae eich testun yn cael ei gadw isod: copïwch ef os oes ei angen arnoch chi.
notes-form-expired = Roedd y ffurflen hon eisoes wedi'i defnyddio neu doedd dim modd ei darllen, felly chafodd dim byd ei gadw. Mae eich testun wedi'i gadw: gwiriwch ef a'i anfon eto.
notes-stale = Newidiodd rhywun y nodyn hwn ar ôl i chi agor y dudalen hon, felly chafodd dim byd ei gadw. Mae'r nodyn fel y mae nawr i'w weld uchod; mae eich testun wedi'i gadw isod. Anfonwch ef eto os ydych chi'n dal eisiau eich fersiwn chi.
notes-shared-warning = Mae'r nodyn hwn wedi'i rannu'n barod ({ $audience }). Os byddwch chi nawr yn ei rannu gyda llai o bobl, efallai fod y bobl oedd yn gallu ei weld wedi'i ddarllen yn barod.
notes-current-heading = Y nodyn fel y mae nawr
notes-current-meta = { $date }. Wedi'i rannu gyda: { $audience }
notes-new-submit = Cadw'r nodyn
notes-change-submit = Cadw'r newidiadau
notes-done-written = Cafodd eich nodyn ei gadw.
notes-done-already = Roedd y nodyn hwn wedi'i gadw'n barod. Chafodd e mo'i gadw ddwywaith.
notes-done-changed = Cafodd eich newidiadau eu cadw.
notes-done-shared = Mae eich nodyn wedi'i rannu nawr.
notes-done-narrowed = Mae eich nodyn nawr wedi'i rannu gyda llai o bobl. Efallai fod y bobl oedd yn gallu ei weld o'r blaen wedi'i ddarllen yn barod.

## Export for a subject access request

export-overview-heading = Popeth y gallwch ei weld yn y cylch hwn
export-overview-lead = Gallwch gael copi o bopeth yn y cylch hwn y mae gennych hawl i'w weld, er enghraifft ar gyfer cais gwrthrych am wybodaeth.
    .family = Gallwch gael copi o bopeth yn y cylch hwn y mae gennych hawl i'w weld. Mae gennych hawl i weld beth sy'n cael ei gadw amdanoch chi.
export-page-link = Tudalen i'w hargraffu
export-json-link = Ffeil i'w lawrlwytho (JSON)
export-title = Popeth sydd gan gylch { $name } y gallwch ei weld
export-heading = Copi o'r cylch
export-lead = Mae'r copi hwn yn cynnwys dim ond yr hyn y mae gennych hawl i'w weld yn y cylch hwn. Mae nodiadau diogelu y mae ymarferwyr yn eu cadw wedi'u rhestru yn ôl eu dyddiad yn unig.
    .family = Mae'r copi hwn yn cynnwys dim ond yr hyn y mae gennych hawl i'w weld yn y cylch hwn. Mae nodiadau preifat y mae gweithwyr yn eu cadw i gadw rhywun yn ddiogel wedi'u rhestru yn ôl eu dyddiad yn unig.
export-made = Wedi'i wneud ar { $at }.
export-requested-by = Gofynnwyd amdano gan { $name }.
export-pronouns = Rhagenwau
export-languages = Ieithoedd
export-notes-heading = Dyddlyfr

audit-action-note_written = Nodyn wedi'i ysgrifennu neu ei newid
audit-action-circle_exported = Cylch wedi'i allforio
