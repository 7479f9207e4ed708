# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## The second factor: codes from an authenticator app for staff, recovery codes,
## the administrators' security page, and new-device notices for everyone else.

## The code page (second step of signing in)

mfa-code-title = Rhowch eich cod
mfa-code-lead = Roedd eich cyfrinair yn gywir. Nawr rhowch y cod 6 digid o'r ap dilysu ar eich ffôn.
mfa-code-label = Cod o'ch ap
mfa-code-hint = 6 digid, er enghraifft 123 456. Mae cod newydd yn ymddangos bob 30 eiliad; mae pob cod yn gweithio unwaith.
mfa-code-submit = Parhau
mfa-code-wrong = Dydy'r cod hwnnw ddim yn gywir, neu mae wedi cael ei ddefnyddio'n barod. Arhoswch am god newydd yn eich ap a rhowch gynnig arall arni.
mfa-code-recovery-summary = Defnyddio cod adfer yn lle hynny
mfa-code-recovery-label = Cod adfer
mfa-code-recovery-hint = Un o'r 10 cod a gawsoch chi pan wnaethoch chi osod eich ap, fel abcd-efgh-jkmn. Mae pob un yn gweithio unwaith.
mfa-code-recovery-submit = Parhau gyda chod adfer
mfa-code-lost = Wedi colli eich ffôn a'ch codau adfer? Gofynnwch i weinyddwr eich sefydliad ailosod eich ail gam mewngofnodi. Yna byddwch chi'n ei osod eto.

## Setting up the second factor

mfa-enrol-title = Gosod eich ail gam mewngofnodi
mfa-enrol-lead = Mae staff yn mewngofnodi gyda'u cyfrinair a chod o ap ar eu ffôn. Mae hyn yn cadw cofnodion plant a theuluoedd yn ddiogel hyd yn oed os bydd rhywun yn dyfalu cyfrinair. Mae'n cymryd tua dau funud.
mfa-enrol-step-app-title = Cael ap dilysu
mfa-enrol-step-app = Mae unrhyw ap dilysu yn gweithio, er enghraifft Microsoft Authenticator, Google Authenticator neu FreeOTP. Efallai fod gan eich sefydliad un yn barod.
mfa-enrol-step-add-title = Ychwanegu Resilient Moves at yr ap
mfa-enrol-step-scan = Yn yr ap, dewiswch ychwanegu cyfrif a sganiwch y cod QR hwn.
mfa-enrol-qr-label = Cod QR ar gyfer ychwanegu Resilient Moves at ap dilysu
mfa-enrol-step-type = Os na allwch ei sganio, teipiwch yr allwedd hon yn yr ap yn lle hynny (does dim ots am y bylchau):
mfa-enrol-open-app = Neu agorwch yr allwedd hon mewn ap dilysu ar y ddyfais hon
mfa-enrol-step-confirm-title = Rhowch y cod mae'r ap yn ei ddangos
mfa-enrol-code-label = Cod o'ch ap
mfa-enrol-code-hint = 6 digid. Mae hyn yn profi bod yr ap wedi'i osod.
mfa-enrol-submit = Cadarnhau a pharhau
mfa-enrol-wrong = Dydy'r cod hwnnw ddim yn cyfateb. Gwiriwch fod yr ap yn dangos Resilient Moves, arhoswch am god newydd a rhowch gynnig arall arni.

## Set up already

mfa-enrolled-title = Eich ail gam mewngofnodi
mfa-enrolled-since = Mae eich ap dilysu wedi'i osod ers { $date }.
mfa-enrolled-codes-left = Codau adfer nad ydych chi wedi'u defnyddio eto: { $count }
mfa-enrolled-lost = Os byddwch chi'n colli eich ffôn, gofynnwch i weinyddwr eich sefydliad ailosod eich ail gam mewngofnodi.
mfa-back-home = Yn ôl i'r hafan

## Recovery codes, shown once

mfa-recovery-title = Eich codau adfer
mfa-recovery-done = Mae eich ap dilysu wedi'i osod.
mfa-recovery-lead = Os byddwch chi byth yn colli eich ffôn, gallwch fewngofnodi gydag un o'r codau hyn yn lle hynny. Ysgrifennwch nhw i lawr neu argraffwch y dudalen hon, a'u cadw rywle diogel a phreifat. Fyddan nhw ddim yn cael eu dangos eto.
mfa-recovery-once = Mae pob cod yn gweithio unwaith.
mfa-recovery-continue = Rydw i wedi cadw fy nghodau, parhau

## The organisation's security settings (administrators)

mfa-security-title = Diogelwch mewngofnodi
mfa-security-lead = Mae staff (gweinyddwyr, rheolwyr, ymarferwyr a gwylwyr) yn mewngofnodi gyda chyfrinair a chod o ap dilysu. Mae rhieni, gofalwyr a phobl ifanc yn mewngofnodi gyda chyfrinair yn unig; maen nhw'n cael gwybod pan fydd eu cyfrif yn cael ei ddefnyddio o ddyfais newydd.
mfa-security-legend = Oes rhaid i staff ddefnyddio ap dilysu?
mfa-security-on = Oes (argymhellir)
mfa-security-off = Na, mae cyfrinair yn ddigon
mfa-security-reason = Rheswm dros ei ddiffodd
mfa-security-reason-hint = Dim ond i'w ddiffodd mae angen hwn. Mae'n cael ei gadw gyda'r gosodiad, ac mae'r newid yn cael ei gofnodi yn y log archwilio.
mfa-security-submit = Cadw
mfa-security-saved = Mae'r gosodiad wedi'i gadw.
mfa-security-choose = Dewiswch a oes rhaid i staff ddefnyddio ap dilysu.
mfa-security-reason-missing = Rhowch reswm dros ddiffodd yr ail gam mewngofnodi.
mfa-security-reason-too-long = Rhaid i'r rheswm fod yn 500 nod neu lai.
mfa-security-reason-hidden-character = Mae nod cudd yn y rheswm. Teipiwch ef eto.
mfa-security-off-note = Wedi'i ddiffodd gan { $name } ar { $date }.
mfa-security-off-on = Wedi'i ddiffodd ar { $date }.
mfa-security-off-from-start = Wedi'i ddiffodd ers i'r sefydliad hwn gael ei sefydlu.
mfa-security-staff-title = Aelodau staff
mfa-security-staff-lead = Ailosodwch ail gam mewngofnodi person os yw wedi colli ei ffôn a'i godau adfer. Bydd yn cael ei allgofnodi ym mhobman ac yn gosod ei ap eto y tro nesaf y bydd yn mewngofnodi.
mfa-security-staff-none = Does dim staff yn y sefydliad hwn eto.
mfa-security-staff-caption = Staff a'u hail gam mewngofnodi
mfa-security-col-name = Enw
mfa-security-col-status = Ail gam
mfa-security-col-action = Gweithred
mfa-security-staff-enrolled = Wedi'i osod ar { $date }
mfa-security-staff-not-enrolled = Heb ei osod eto
mfa-security-reset = Ailosod yr ail gam
mfa-security-reset-done = Cafodd yr ail gam mewngofnodi ei ailosod. Bydd y person yn ei osod eto y tro nesaf y bydd yn mewngofnodi.
mfa-security-reset-nothing = Doedd gan y person hwnnw ddim ail gam mewngofnodi i'w ailosod.
mfa-security-reset-refused-other-organisation = Mae'r person hwn hefyd yn perthyn i sefydliad arall, felly does dim modd ailosod ei ail gam mewngofnodi o'r fan hon. Gall un o weinyddwyr y gosodiad helpu.
mfa-security-reset-refused-installation-admin = Mae'r person hwn yn gweinyddu'r gosodiad hwn, felly does dim modd ailosod ei ail gam mewngofnodi o'r fan hon.
mfa-security-reset-refused-yourself = Allwch chi ddim ailosod eich ail gam mewngofnodi eich hun. Os ydych chi wedi'i golli, gofynnwch i weinyddwr arall.
mfa-security-reset-refused = Does dim modd ailosod ail gam mewngofnodi'r person hwn o'r fan hon.

## The home page

mfa-new-device-notice = Gwelson ni rywun yn mewngofnodi o ddyfais newydd ar { $date }. Os nad chi oedd e, dywedwch wrth eich gweithiwr.
mfa-home-two-factor-link = Eich ail gam mewngofnodi (ap dilysu)
mfa-home-security-link = Diogelwch mewngofnodi

## The audit log

audit-action-new_device_sign_in = Wedi mewngofnodi o ddyfais newydd
mfa-security-staff-more = Rhagor o staff
