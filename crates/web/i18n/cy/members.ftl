# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

# The members page and invitations (admin/members, invite).

members-title = Aelodau
members-lead = Y bobl yn y sefydliad hwn, eu rolau ac ers pryd.
members-empty = Does neb yn aelod eto.
members-caption = Aelodau a'u rolau
members-col-name = Enw
members-col-login = E-bost neu enw defnyddiwr
members-col-role = Rôl
members-col-since = Ers
members-col-action = Gweithred
members-col-removed = Tynnwyd ar
members-revoke = Tynnu'r rôl hon
members-revoke-label = ({ $role }, { $name })
members-reset = Ailosod y cyfrinair
members-reset-label = (ar gyfer { $name })
members-reset-title = Dolen ailosod cyfrinair wedi'i chreu
members-reset-give = Gall { $name } ({ $login }) osod cyfrinair newydd gyda dolen untro. Mae'n gweithio unwaith, am 24 awr. Mae eu hail gam mewngofnodi, os oes ganddyn nhw un, yn aros fel y mae.
members-reset-refused-other-organisation = Mae'r person hwn hefyd yn perthyn i sefydliad arall, felly does dim modd ailosod ei gyfrinair o'r fan hon. Gall un o weinyddwyr y gosodiad helpu.
members-reset-refused-yourself = I newid eich cyfrinair eich hun, defnyddiwch “Newid fy nghyfrinair” yn lle hynny.
members-reset-refused = Does dim modd ailosod cyfrinair y person hwn o'r fan hon.
members-revoked = Cafodd y rôl ei thynnu. Bydd y person yn ei cholli y tro nesaf y bydd yn agor tudalen.
members-cannot-revoke-own-admin = Allwch chi ddim tynnu eich rôl gweinyddwr eich hun. Gofynnwch i weinyddwr arall wneud hynny.
members-removed-title = Wedi'u tynnu
members-removed-caption = Rolau a gafodd eu tynnu
members-invite-title = Gwahodd rhywun
members-invite-lead = Rhowch gyfeiriad e-bost, neu enw defnyddiwr ar gyfer person ifanc neu riant heb un. Dolen untro yw'r gwahoddiad: mae'n cael ei hanfon drwy e-bost os yw'r gosodiad hwn yn anfon e-bost, fel arall rydych chi'n ei throsglwyddo.
members-errors-title = Mae problem
members-name = Enw
members-email = Cyfeiriad e-bost (dewisol)
members-email-hint = Gadewch yn wag os ydych chi'n rhoi enw defnyddiwr yn lle hynny.
members-username = Enw defnyddiwr (dewisol)
members-username-hint = Ar gyfer pobl heb gyfeiriad e-bost: 3 i 40 o lythrennau, digidau, atalnodau llawn, cysylltnodau neu danlinellau.
members-role = Rôl
members-role-choose = Dewiswch rôl
members-invite-submit = Creu'r gwahoddiad
members-name-empty = Rhowch enw'r person.
members-email-empty = Rhowch gyfeiriad e-bost.
members-field-too-long = Mae hwn yn hirach na { $max } nod.
members-field-hidden-character = Mae nod rheoli cudd yn hwn. Teipiwch ef eto heb ei gopïo.
members-email-shape = Rhowch gyfeiriad e-bost yn y ffurf gywir, fel enw@example.org.
members-username-length = Mae gan enw defnyddiwr 3 i 40 nod.
members-username-characters = Dim ond llythrennau, digidau, atalnodau llawn, cysylltnodau a thanlinellau all fod mewn enw defnyddiwr.
members-no-login = Rhowch gyfeiriad e-bost neu enw defnyddiwr.
members-both-logins = Rhowch gyfeiriad e-bost neu enw defnyddiwr, nid y ddau.
members-username-taken = Mae rhywun yn defnyddio'r enw defnyddiwr hwn yn barod. Dewiswch un arall.
members-role-missing = Dewiswch rôl.
members-already-has-role = Mae gan y person hwn y rôl hon yma'n barod.
members-invited-title = Gwahoddiad wedi'i greu
members-invited-give = Mae'r gwahoddiad ar gyfer { $name } ({ $login }) yn gweithio unwaith, am 72 awr.
handover-link = Y ddolen untro
handover-not-sent = Dydy'r ddolen ddim wedi cael ei hanfon drwy e-bost: trosglwyddwch hi eich hun.
handover-send-failed = Doedd dim modd anfon yr e-bost. Trosglwyddwch y ddolen eich hun yn lle hynny.
handover-emailed = Rydyn ni wedi anfon y ddolen drwy e-bost i { $email }. Dydy hi ddim i'w gweld yma, felly dim ond nhw all ei defnyddio.
members-invited-back = Yn ôl i'r aelodau
home-members-link = Aelodau

invite-title = Gwahoddiad
invite-lead = Rydych chi'n cael eich gwahodd i ymuno â { $organisation } fel { $role }.
invite-set-password = Gosodwch eich cyfrinair i dderbyn.
invite-accept-with-password = Gosod fy nghyfrinair a derbyn
invite-accept = Derbyn y gwahoddiad
invite-sign-in-first = Mae gennych gyfrif yn barod. Mewngofnodwch yn gyntaf, yna dewch yn ôl at y ddolen hon i dderbyn. Os nad ydych chi wedi gosod eich cyfrinair eto, defnyddiwch y ddolen a gawsoch chi ar gyfer hynny yn gyntaf.
invite-sign-in = Mewngofnodi
members-more = Rhagor o aelodau
