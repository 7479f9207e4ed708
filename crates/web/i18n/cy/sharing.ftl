# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

# Sharing in a circle: who decides, what they agreed may be shared, linking
# the young person's own account (issue 5).

audit-action-sharing_changed = Rhannu wedi newid
sharing-nav = Rhannu

## Sharing agreements

sharing-title = Beth sy'n gallu cael ei rannu o gylch { $name }
sharing-heading = Rhannu
sharing-lead = Dyma'r hyn y cytunon nhw y gellir ei rannu gyda phobl y tu allan i'r cylch, a gyda phwy. Gall pawb yn y cylch ddarllen hwn. Pan fydd rhywun yn newid ei feddwl, mae'r cytundeb yn dod i ben ac yn cael ei gadw isod, fel bod pawb yn gwybod beth gafodd ei gytuno ar y pryd.
sharing-decider-link = Pwy sy'n penderfynu, a sut i newid hynny
sharing-in-force-heading = Wedi'i gytuno nawr
sharing-none = Does dim byd wedi'i gytuno eto. Does dim byd yn cael ei rannu y tu allan i'r cylch heb gytundeb.
sharing-agreed-sentence = Cytunodd { $decider } y gall { $with_whom } gael gwybod am:
sharing-recorded-by = Wedi'i gofnodi gan { $name } ar { $date }.
sharing-recorded-with = Wedi'i gofnodi gan { $name } gyda { $decider } ar { $date }.
sharing-ended-by = Daeth { $name } ag ef i ben ar { $date }.
sharing-end-button = Dod â'r cytundeb hwn i ben
sharing-ended-heading = Cytundebau sydd wedi dod i ben
sharing-ended-lead = Dydy'r rhain ddim yn cyfrif bellach. Maen nhw'n cael eu cadw fel bod pawb yn gwybod beth gafodd ei gytuno o'r blaen.
sharing-ended-label = Wedi dod i ben:
sharing-form-heading = Cofnodi cytundeb newydd
sharing-form-with = Rydych chi'n cofnodi hwn gyda { $name }. Bydd yn dweud hynny.
sharing-form-who-sees = Bydd pawb yn y cylch yn gallu ei ddarllen. Bydd yn cael ei gofnodi fel yr hyn y cytunodd { $name } iddo.
sharing-with-whom = Pwy all gael gwybod?
sharing-with-whom-hint = Person neu wasanaeth y tu allan i'r cylch, er enghraifft "ei hysgol" neu "Dr Shah yn y feddygfa".
sharing-with-whom-missing = Ysgrifennwch pwy all gael gwybod.
sharing-what = Beth allan nhw gael gwybod?
sharing-what-hint = Yng ngeiriau'r person sy'n penderfynu, er enghraifft "ei chynllun" neu "sut mae pethau gartref".
sharing-what-missing = Ysgrifennwch beth allan nhw gael gwybod.
sharing-record-button = Cofnodi'r cytundeb hwn
sharing-who-records = Dim ond y person sy'n penderfynu, neu ymarferydd gyda nhw, sy'n cofnodi cytundeb neu'n dod ag ef i ben.
    .family = Dim ond y person sy'n penderfynu, neu weithiwr gyda nhw, sy'n ysgrifennu cytundeb neu'n dod ag ef i ben.
sharing-closed = Mae'r cylch hwn ar gau. Gellir darllen ei gytundebau ond nid eu newid.
sharing-no-decider = Does neb yn y cylch hwn yn penderfynu am rannu eto, felly does dim modd cytuno ar ddim. Gall ymarferydd yn y cylch ddewis pwy sy'n penderfynu.
    .family = Does neb yn y cylch hwn yn penderfynu am rannu eto, felly does dim modd cytuno ar ddim. Gall gweithiwr yn y cylch ddewis pwy sy'n penderfynu.
sharing-done-recorded = Cafodd y cytundeb ei gofnodi.
sharing-done-already = Roedd y cytundeb hwn wedi'i gofnodi'n barod, unwaith.
sharing-done-ended = Daeth y cytundeb i ben. Mae'n cael ei gadw isod.
sharing-done-decider = Cafodd pwy sy'n penderfynu am rannu ei newid.
sharing-form-expired = Roedd y ffurflen hon wedi dod i ben. Gwiriwch yr hyn a ysgrifennoch chi a'i hanfon eto.
sharing-decider-changed = Newidiodd pwy sy'n penderfynu tra oeddech chi'n ysgrifennu: nawr { $name } sy'n penderfynu. Chafodd dim byd ei gofnodi. Gwiriwch gyda { $name }, yna anfonwch ef eto.
sharing-ended-meanwhile = Roedd { $name } eisoes wedi dod â'r cytundeb hwn i ben ar { $date }. Newidiodd dim byd arall.

## Who decides

decider-title = Pwy sy'n penderfynu am rannu yng nghylch { $name }
decider-heading = Pwy sy'n penderfynu am rannu
decider-back = Yn ôl i rannu
decider-what-it-means = Mae'r person sy'n penderfynu yn dweud beth all gael ei rannu gyda phobl y tu allan i'r cylch, gyda phwy a phryd. Y person ifanc yw hwn pan fydd yn gallu penderfynu. Fel arall, rhiant neu ofalwr mae'r cylch yn ei enwi yw e.
decider-who-changes = Dim ond yr ymarferwyr yn y cylch hwn sy'n newid pwy sy'n penderfynu.
    .family = Dim ond y gweithwyr yn y cylch hwn sy'n newid pwy sy'n penderfynu.
decider-closed = Mae'r cylch hwn ar gau. Ailagorwch ef i newid pwy sy'n penderfynu.
decider-form-heading = Newid pwy sy'n penderfynu
decider-legend = Pwy ddylai benderfynu?
decider-choice-young = { $name } (y person ifanc)
decider-choice-member = { $name } ({ $relationship })
decider-young-hint = Mae { $name } yn penderfynu drostyn nhw eu hunain ac yn cofnodi'r hyn maen nhw'n cytuno iddo.
decider-young-no-account-hint = Mae { $name } yn penderfynu drostyn nhw eu hunain. Does ganddyn nhw ddim cyfrif eto, felly mae ymarferydd yn cofnodi gyda nhw yr hyn maen nhw'n cytuno iddo.
    .family = Mae { $name } yn penderfynu drostyn nhw eu hunain. Does ganddyn nhw ddim cyfrif eto, felly mae gweithiwr yn ysgrifennu gyda nhw yr hyn maen nhw'n cytuno iddo.
decider-member-hint = Mae { $name } yn penderfynu ar ran y person ifanc ac yn cofnodi'r hyn maen nhw'n cytuno iddo.
decider-agreements-stay = Mae cytundebau sydd eisoes wedi'u cofnodi yn aros fel y maen nhw nes i rywun ddod â nhw i ben. O hyn ymlaen, cytundebau newydd yw'r hyn mae'r person newydd yn cytuno iddo.
decider-submit = Cadw pwy sy'n penderfynu
decider-choose = Dewiswch un o'r bobl sydd wedi'u rhestru.
decider-stale = Newidiodd rhywun y cylch hwn tra oeddech chi'n dewis. Nawr: { $now }. Eich dewis chi: { $yours }. Dewiswch eto a chadw os ydych chi'n dal eisiau'r newid.

## Linking the young person's own account

members-link-heading = Cysylltu cyfrif { $name } ei hun
members-link-lead = Os oes gan { $name } gyfrif yma fel person ifanc, cysylltwch ef. Yna byddan nhw'n mewngofnodi fel nhw eu hunain, yn gweld eu cylch eu hunain ac yn gallu penderfynu am rannu.
members-link-email = Eu cyfeiriad e-bost neu eu henw defnyddiwr
members-link-submit = Cysylltu'r cyfrif hwn
members-link-done = Mae cyfrif { $name } wedi'i gysylltu nawr. Gallan nhw fewngofnodi a gweld y cylch hwn.
members-link-not-young = Does gan neb yn eich sefydliad sydd â'r cyfeiriad e-bost neu'r enw defnyddiwr hwn gyfrif person ifanc. Gwiriwch yr hyn a deipiwyd.
members-link-in-circle = Mae'r cyfrif hwnnw yn y cylch hwn yn barod, fel rhywun arall.
members-link-already = Mae gan { $name } gyfrif wedi'i gysylltu yn barod.

## Who can see this circle

sharing-people-link = Beth y cytunwyd y gellir ei rannu
sharing-people-decider-link = Pwy sy'n penderfynu, a sut i newid hynny
sharing-people-decides = Yn penderfynu beth sy'n cael ei rannu y tu allan i'r cylch, ac yn cofnodi cytundebau neu'n dod â nhw i ben.
sharing-people-decides-no-account = Yn penderfynu beth sy'n cael ei rannu y tu allan i'r cylch. Mae ymarferydd yn ei gofnodi gyda nhw.
    .family = Yn penderfynu beth sy'n cael ei rannu y tu allan i'r cylch. Mae gweithiwr yn ei ysgrifennu gyda nhw.
sharing-people-records-with = Yn darllen y cytundebau rhannu, ac yn eu cofnodi neu'n dod â nhw i ben gyda'r person sy'n penderfynu.
sharing-people-reads = Yn darllen y cytundebau rhannu.

## The copy of the circle (subject access)

export-decider-heading = Pwy sy'n penderfynu am rannu
export-agreements-heading = Cytundebau rhannu
export-checks-heading = Gwiriadau
export-check-started = Gwiriad wedi'i ddechrau ar { $date }
export-check-agreed = Wedi cytuno gyda'n gilydd
export-check-none-agreed = Dim wedi'i gytuno gyda'n gilydd eto.
export-check-no-views = Allwch chi ddim gweld safbwynt neb yn y gwiriad hwn.
export-answer = { $move }: { $status }
export-plans-heading = Cynlluniau
export-frameworks-heading = Y Fframwaith Gwydnwch a ddefnyddir yma
export-plan-made = Cynllun wedi'i wneud ar { $date }
export-plan-review = Adolygiad nesaf: { $date }
export-plan-closed = Mae'r cynllun hwn wedi gorffen.
export-plan-focus = Camau rydyn ni'n canolbwyntio arnyn nhw
export-plan-truths = Y gwirioneddau bonheddig
    .family = Cwestiynau i feddwl amdanyn nhw
export-plan-actions = Gweithredoedd
export-plan-action = { $what }: { $who }, erbyn { $date }. { $state }
export-plan-goals = Nodau
export-plan-goal-ratings = Sgoriau: { $scores }
export-plan-reviews = Adolygiadau
export-plan-review-worked = Beth weithiodd: { $text }
export-plan-review-change = Beth i'w newid: { $text }
