# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## The privacy notice of the organisation one works in

privacy-title = Hysbysiad preifatrwydd
privacy-heading = Sut mae { $organisation } yn gofalu am eich gwybodaeth
privacy-please-read = Darllenwch hwn cyn i chi ddechrau. Byddwn ni'n ei ddangos eto os bydd yn newid.
privacy-have-read = Rydw i wedi darllen hwn
privacy-read-standard = Darllen y fersiwn safonol
privacy-read-young-person = Darllen y fersiwn ar gyfer pobl ifanc
privacy-no-organisation = Dydych chi ddim yn gweithio mewn sefydliad, felly does dim hysbysiad preifatrwydd i'w ddangos.
privacy-footer-link = Hysbysiad preifatrwydd
privacy-home-link = Darllen yr hysbysiad preifatrwydd eto

privacy-default-standard =
    Mae { $organisation } yn defnyddio Resilient Moves i weithio gyda phlant, pobl ifanc a theuluoedd, a'r bobl o'u cwmpas.

    Beth rydyn ni'n ei gadw: enwau'r bobl ym mhob cylch, yr hyn mae pob person yn ei ysgrifennu, y gwiriadau a'r cynlluniau rydych chi'n eu gwneud gyda'ch gilydd, a phryd mae pobl yn mewngofnodi.

    Pam: i gefnogi'r person ifanc sydd yng nghanol y cylch, gyda chi. Dydyn ni ddim yn ei ddefnyddio i ddim byd arall.

    Pwy sy'n ei weld: bob tro rydych chi'n ysgrifennu rhywbeth, chi sy'n dewis pwy sy'n ei weld, ac mae'r dudalen yn dweud wrthych chi pwy yw hynny. Gall ymarferwyr gadw nodyn ar gyfer diogelu; mae pawb yn cael gwybod bod nodyn o'r fath yn bodoli.

    Am ba hyd: cyhyd ag rydyn ni'n gweithio gyda chi, ac yna cyhyd ag y mae'r gyfraith yn ei gwneud yn ofynnol.

    Eich hawliau: gallwch ofyn am gael gweld popeth sydd gennym amdanoch chi, gofyn i ni ei gywiro, a chwyno i Swyddfa'r Comisiynydd Gwybodaeth. Gofynnwch i'ch ymarferydd, neu cysylltwch â { $organisation }.
    .family =
        Mae { $organisation } yn defnyddio Resilient Moves i weithio gyda phlant, pobl ifanc a theuluoedd, a'r bobl o'u cwmpas.

        Beth rydyn ni'n ei gadw: enwau'r bobl yn eich cylch, yr hyn mae pob person yn ei ysgrifennu, y gwiriadau a'r cynlluniau rydych chi'n eu gwneud gyda'ch gilydd, a phryd mae pobl yn mewngofnodi.

        Pam: i helpu eich person ifanc, gyda chi. Dydyn ni ddim yn ei ddefnyddio i ddim byd arall.

        Pwy sy'n ei weld: bob tro rydych chi'n ysgrifennu rhywbeth, chi sy'n dewis pwy sy'n ei weld, ac mae'r dudalen yn dweud wrthych chi pwy yw hynny. Os yw gweithiwr yn poeni nad yw rhywun yn ddiogel, gall gadw nodyn i weithwyr yn unig. Byddwch chi'n cael gwybod bod nodyn.

        Am ba hyd: cyhyd ag rydyn ni'n gweithio gyda chi, ac yna cyhyd ag y mae'r gyfraith yn dweud.

        Eich hawliau: gallwch ofyn am gael gweld popeth rydyn ni'n ei gadw amdanoch chi, a gofyn i ni gywiro unrhyw beth sy'n anghywir. Os nad ydych chi'n hapus â sut rydyn ni'n gofalu amdano, gallwch gwyno i Swyddfa'r Comisiynydd Gwybodaeth. Gofynnwch i'ch gweithiwr, neu cysylltwch â { $organisation }.
privacy-default-young-person =
    Mae hwn yn sôn am beth sy'n digwydd i'r pethau rydych chi'n eu rhannu yma.

    Rydyn ni'n cadw'r hyn rydych chi'n ei ysgrifennu, a'r hyn mae'r bobl sy'n eich helpu chi yn ei ysgrifennu.

    Chi sy'n dewis pwy sy'n gweld beth rydych chi'n ei ysgrifennu: dim ond chi, eich gweithwyr, neu bawb yn eich cylch. Rydyn ni bob amser yn dweud wrthych chi pwy fydd yn ei weld cyn i chi ei rannu.

    Os yw gweithiwr yn poeni nad ydych chi'n ddiogel, gall gadw nodyn ar gyfer gweithwyr yn unig. Byddwch chi'n cael gwybod bod nodyn.

    Gallwch ofyn am gael gweld popeth rydyn ni'n ei gadw amdanoch chi. Gallwch ofyn i ni gywiro rhywbeth sy'n anghywir. Gofynnwch i'ch gweithiwr.

## Administrators: changing the notice
privacy-admin-title = Hysbysiad preifatrwydd
privacy-admin-lead = Mae pawb yn { $organisation } yn gweld yr hysbysiad hwn pan fyddan nhw'n mewngofnodi gyntaf, ac eto bob tro mae'n newid, nes iddyn nhw ddweud eu bod wedi'i ddarllen.
privacy-admin-version = Dyma fersiwn { $version }, wedi'i chadw ar { $date }.
privacy-admin-version-default = Dyma'r hysbysiad sy'n dod gyda Resilient Moves. Newidiwch ef i ddweud sut mae eich sefydliad yn gweithio.
privacy-admin-standard = Y fersiwn safonol
privacy-admin-young-person = Y fersiwn ar gyfer pobl ifanc
privacy-admin-young-person-hint = Defnyddiwch frawddegau byr a geiriau bob dydd.
privacy-admin-save = Cadw fersiwn newydd
privacy-admin-saved = Wedi'i gadw. Bydd pawb yn gweld y fersiwn newydd.
privacy-admin-stale = Cadwodd rhywun arall fersiwn newydd tra oeddech chi'n golygu. Mae eu fersiwn nhw i'w weld isod fel y cafodd ei chadw; mae'r hyn a ysgrifennoch chi yn dal yn y blychau. Gwiriwch y ddau, yna cadwch eto.
privacy-admin-errors-title = Mae problem
privacy-admin-missing = Ysgrifennwch y fersiwn hon o'r hysbysiad.
privacy-admin-too-long = Mae hwn yn hirach na { $max } nod.
privacy-admin-hidden-character = Mae nod cudd yn hwn a allai newid sut mae'r testun yn darllen. Teipiwch ef eto hebddo.
privacy-admin-home-link = Newid yr hysbysiad preifatrwydd
