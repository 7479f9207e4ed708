# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## The frame of every page

site-name = Resilient Moves
skip-to-content = Neidio i'r prif gynnwys
nav-label = Prif ddewislen
nav-home = Hafan
nav-framework = Y Fframwaith Gwydnwch
footer-about = Meddalwedd ffynhonnell agored am ddim ar gyfer Therapi Gwydnwch yw Resilient Moves.
footer-framework-credit = Gwaith Hart a Blincow gyda Thomas (2012) a BoingBoing yw'r Fframwaith Gwydnwch, wedi'i addasu o Hart, Blincow a Thomas (2007), Resilient Therapy.
demo-banner = Data enghreifftiol: mae popeth yma wedi'i greu er mwyn rhoi cynnig ar y platfform.

## Home

home-title = Croeso i Resilient Moves
home-lead = Lle ar y cyd lle mae pobl ifanc, eu teuluoedd a'u hymarferwyr yn gweithio ar y Fframwaith Gwydnwch gyda'i gilydd.
    .family = Lle ar y cyd lle mae pobl ifanc, eu teuluoedd a'r gweithwyr sy'n eu helpu yn gweithio ar y Fframwaith Gwydnwch gyda'i gilydd.
home-running = Os oes gennych gyfrif, mewngofnodwch i weld eich cylchoedd a'r hyn sydd angen eich sylw.
home-explore = Edrych ar y Fframwaith Gwydnwch

## Error pages

error-reference = Os byddwch yn cysylltu â'r tîm cymorth, rhowch y cyfeirnod hwn: { $id }
error-go-home = Mynd i'r hafan
error-400-title = Roedd rhywbeth yn y cais yn anghywir
error-400-body = Ewch yn ôl a gwiriwch yr hyn a roesoch chi.
error-403-title = Allwch chi ddim gwneud hynny yma
error-403-body = Dydy eich cyfrif ddim yn caniatáu hyn. Os ydych chi'n meddwl y dylai, gofynnwch i weinyddwr eich sefydliad.
error-404-title = Heb ddod o hyd i'r dudalen
error-404-body = Efallai fod y dudalen wedi symud, neu fod camgymeriad yn y cyfeiriad.
error-405-title = Wnaeth hynny ddim gweithio
error-405-body = Does dim modd defnyddio'r dudalen hon fel yna. Ewch yn ôl a rhowch gynnig arall arni.
error-408-title = Cymerodd hynny ormod o amser
error-408-body = Rhowch gynnig arall arni.
error-413-title = Roedd hynny'n ormod i'w anfon ar unwaith
error-413-body = Byrhewch yr hyn a roesoch chi, neu anfonwch ef fesul rhan. Chafodd dim byd ei gadw.
error-415-title = Dydyn ni ddim yn derbyn y math hwnnw o gynnwys
error-415-body = Ewch yn ôl a rhowch gynnig arall arni.
error-422-title = Roedd rhywbeth yn y ffurflen yn anghywir
error-422-body = Ewch yn ôl a gwiriwch yr hyn a roesoch chi.
error-429-title = Gormod o ymdrechion
error-429-body = Arhoswch ychydig funudau a rhowch gynnig arall arni.
error-500-title = Mae'n ddrwg gennym, aeth rhywbeth o'i le ar ein hochr ni
error-500-body = Chollwyd dim byd a roesoch chi. Rhowch gynnig arall arni mewn munud.
error-503-title = Dydy'r gwasanaeth ddim ar gael ar hyn o bryd
error-503-body = Rhowch gynnig arall arni ymhen ychydig funudau.
error-busy-title = Mae llawer o bobl yn mewngofnodi ar hyn o bryd
error-busy-body = Arhoswch ychydig eiliadau a rhowch gynnig arall arni. Chafodd dim byd a roesoch chi ei wirio na'i gadw.
error-other-title = Aeth rhywbeth o'i le
error-other-body = Ewch yn ôl a rhowch gynnig arall arni.
error-401-title = Mewngofnodwch eto
error-401-body = Er eich diogelwch, cawsoch eich allgofnodi ar ôl cyfnod heb weithgarwch.
error-cross-site-title = Daeth y cais hwnnw o wefan arall
error-cross-site-body = Er eich diogelwch, chafodd ddim ei wneud. Os oeddech chi am wneud hyn, ewch yn ôl i Resilient Moves a rhowch gynnig arall arni yno.
error-too-many-writes-title = Arhoswch am ychydig
error-too-many-writes-body = Rydych chi wedi cadw llawer iawn o newidiadau yn yr awr ddiwethaf, mwy nag sydd ei angen ar neb fel arfer, felly does dim modd cadw rhagor am y tro. Chafodd dim byd a anfonoch chi nawr ei gadw: cadwch gopi ohono, a rhowch gynnig arall arni ymhen awr. Os bydd hyn yn dal i ddigwydd, dywedwch wrth weinyddwr eich sefydliad.
error-stale-form-title = Mae'r ffurflen hon wedi dod i ben
error-stale-form-body = Chafodd dim byd ei gadw. Ewch yn ôl, ail-lwythwch y dudalen, ac anfonwch y ffurflen eto.
error-session-expired-title = Cawsoch eich allgofnodi cyn i'r ffurflen gael ei hanfon
error-session-expired-body = Er eich diogelwch, cawsoch eich allgofnodi ar ôl cyfnod heb weithgarwch. Mewngofnodwch eto, yna anfonwch y ffurflen eto.
