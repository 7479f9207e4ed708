# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## The audit log

audit-title = Log archwilio
audit-lead = Pob mewngofnodi, pob newid i rôl neu i'r ail gam mewngofnodi, a phob tro yr agorodd rhywun gofnod person, y diweddaraf yn gyntaf. Mae'n cadw dynodyddion (ids), byth yr hyn a ysgrifennwyd.
audit-filter-action = Dangos
audit-filter-all = Pob math o ddigwyddiad
audit-filter-submit = Hidlo
audit-empty = Does dim byd wedi'i gofnodi eto.
audit-caption = Digwyddiadau yn y sefydliad hwn
audit-col-when = Pryd
audit-col-who = Pwy
audit-col-what = Beth ddigwyddodd
audit-col-subject = Am (id)
audit-col-detail = Manylion
audit-older = Digwyddiadau hŷn
audit-nobody = Neb wedi mewngofnodi
audit-action-setup_completed = Gosod wedi'i gwblhau
audit-action-organisation_created = Sefydliad wedi'i greu
audit-action-sign_in = Wedi mewngofnodi
audit-action-sign_in_failed = Methodd mewngofnodi
audit-action-sign_out = Wedi allgofnodi
audit-action-invite_created = Gwahoddiad wedi'i greu
audit-action-invite_used = Gwahoddiad wedi'i ddefnyddio
audit-action-role_changed = Rôl wedi'i rhoi neu ei newid
audit-action-mfa_changed = Ail gam mewngofnodi wedi newid
audit-action-password_set = Cyfrinair wedi'i osod gyda dolen untro
audit-action-password_reset_issued = Dolen ailosod cyfrinair wedi'i chreu
audit-action-team_changed = Tîm wedi'i greu neu ei newid
audit-action-record_read = Cofnod wedi'i agor
audit-action-read_refused = Cofnod wedi'i wrthod (heb ei ganfod, neu ddim yn eiddo iddyn nhw ei agor)
audit-action-circle_changed = Cylch wedi'i ddechrau neu ei newid
audit-action-privacy_notice_changed = Hysbysiad preifatrwydd wedi newid
audit-action-durability_probe = Prawf cadw data
