# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## Teams: groups of people inside one organisation, made by its administrators.

teams-home-link = Timau
teams-title = Timau
teams-lead = Mae timau'n grwpio pobl eich sefydliad sy'n gweithio gyda'i gilydd, fel ardal neu wasanaeth. Bydd rheolwyr yn gweld cylchoedd eu timau.
teams-none = Does dim timau eto.
teams-caption = Timau yn y sefydliad hwn
teams-col-name = Tîm
teams-col-members = Pobl
teams-no-members = Does neb yn y tîm hwn eto.
teams-errors-title = Mae problem
teams-new-title = Creu tîm
teams-name = Enw'r tîm
teams-name-hint = Hyd at 80 nod, er enghraifft "Ardal y Gogledd". Mae angen enw ei hun ar bob tîm yn y sefydliad.
teams-create = Creu'r tîm
teams-name-missing = Rhowch enw ar gyfer y tîm.
teams-name-too-long = Gall yr enw fod yn { $max } nod o hyd ar y mwyaf.
teams-name-hidden-character = Mae nod cudd yn yr enw sy'n newid sut mae'r testun yn cael ei ddangos. Teipiwch yr enw eto yn lle ei ludo.
teams-name-taken = Mae tîm gyda'r enw hwn yn barod (mae enwau'n cael eu cymharu heb ystyried priflythrennau). Dewiswch enw arall.

## One team

teams-back = Pob tîm
teams-team-title = Tîm { $name }
teams-team-heading = Tîm:
teams-members-title = Pobl yn y tîm hwn
teams-members-more = Rhagor o bobl yn y tîm hwn
teams-members-caption = Pobl yn y tîm hwn
teams-col-person = Person
teams-col-action = Gweithred
teams-remove = Tynnu o'r tîm
teams-add-title = Ychwanegu rhywun
teams-add-person = Person
teams-add-hint = Dim ond pobl sy'n aelodau o'ch sefydliad sy'n gallu ymuno â'i dimau.
teams-add-submit = Ychwanegu at y tîm
teams-add-nobody = Mae pawb yn eich sefydliad yn y tîm hwn yn barod.
teams-member-choose = Dewiswch pwy i'w ychwanegu.
teams-member-not-in-organisation = Dim ond aelodau o'ch sefydliad sy'n gallu ymuno â'i dimau. Dewiswch rywun o'r rhestr.
teams-done-created = Cafodd y tîm ei greu. Nawr ychwanegwch ei bobl.
teams-done-added = Cawson nhw eu hychwanegu at y tîm.
teams-done-already = Roedden nhw yn y tîm yn barod.
teams-done-removed = Cawson nhw eu tynnu o'r tîm.
teams-done-not-in-team = Doedden nhw ddim yn y tîm, felly newidiodd dim byd.
teams-more = Rhagor o dimau
teams-add-more = Rhagor o bobl a allai ymuno
teams-add-none-on-this-page = Mae pawb ar y dudalen hon o bobl eich sefydliad yn y tîm yn barod. Mae rhagor o bobl ar y dudalen nesaf.
