# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## Practitioners inviting a family into a circle.

family-invites-title = Gwahodd teuluoedd
family-invites-lead = Gall ymarferydd wahodd y person ifanc y mae cylch amdano, a'u rhieni neu ofalwyr, heb ofyn i weinyddwr. Mae'r gwahoddiad yn rhoi cyfrif iddyn nhw yma fel person ifanc, neu fel rhiant neu ofalwr, unwaith y byddan nhw'n ei dderbyn.
family-invites-legend = Gaiff ymarferwyr wahodd pobl ifanc a rhieni neu ofalwyr i'w cylchoedd?
family-invites-yes = Caiff
family-invites-no = Na chaiff, dim ond gweinyddwyr sy'n gwahodd pobl
family-invites-submit = Cadw
family-invites-choose = Dewiswch ie neu na.
family-invite-heading = Gwahodd y teulu
family-invite-lead = Rhowch eu cyfrif eu hunain i'r person ifanc neu i riant neu ofalwr, fel eu bod yn gallu gweld y cylch hwn. Maen nhw'n cael dolen sy'n gweithio unwaith, am 72 awr. Dydyn nhw'n gweld dim nes iddyn nhw ei defnyddio.
family-invite-part-legend = Pwy ydych chi'n ei wahodd?
family-invite-part-young = Y person ifanc y mae'r cylch hwn amdano
family-invite-part-parent = Rhiant neu ofalwr
family-invite-login = Eu cyfeiriad e-bost, neu enw defnyddiwr iddyn nhw
family-invite-login-hint = Mae person ifanc heb gyfeiriad e-bost yn cael enw defnyddiwr, er enghraifft kai.smith. Mae angen cyfeiriad e-bost ar riant neu ofalwr.
family-invite-relationship = Perthynas (i riant neu ofalwr, dewisol)
family-invite-submit = Gwneud y gwahoddiad
family-invite-done = Mae'r gwahoddiad wedi'i wneud. Gallan nhw weld y cylch hwn unwaith y byddan nhw'n ei dderbyn.
family-invite-not-allowed = Dydy eich sefydliad ddim wedi caniatáu i ymarferwyr wahodd pobl. Gofynnwch i weinyddwr.
family-invite-part-missing = Dewiswch pwy rydych chi'n ei wahodd.
family-invite-login-invalid = Rhowch gyfeiriad e-bost, fel enw@example.org, neu enw defnyddiwr o 3 i 40 o lythrennau, rhifau, dotiau, cysylltnodau neu danlinellau.
family-invite-parent-email = Mae rhiant neu ofalwr yn cael ei wahodd drwy gyfeiriad e-bost.
family-invite-username-taken = Does dim modd defnyddio'r enw defnyddiwr hwnnw. Dewiswch un arall. Os oes ganddyn nhw gyfrif yma'n barod, cysylltwch eu cyfrif uchod, neu defnyddiwch "Ychwanegu rhywun".
family-invite-has-account = Mae ganddyn nhw gyfrif yma'n barod. Cysylltwch eu cyfrif uchod, neu defnyddiwch "Ychwanegu rhywun".
family-invited-give = Mae'r gwahoddiad i { $name } yn gweithio unwaith, am 72 awr. Maen nhw'n mewngofnodi gyda: { $login }
family-invited-back = Yn ôl at bobl y cylch
handover-username = Eu henw defnyddiwr (ysgrifennwch ef iddyn nhw gyda'r ddolen):
invite-your-username = Eich enw defnyddiwr yw:
invite-username-keep = Mae ei angen arnoch i fewngofnodi. Ysgrifennwch ef neu cadwch ef rywle diogel.
