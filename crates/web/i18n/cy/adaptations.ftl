# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## The organisation's adaptation of the framework, for its administrators.

audit-action-framework_adapted = Fframwaith wedi'i addasu
adapt-home-link = Fframwaith
adapt-title = Fframwaith eich sefydliad
adapt-lead = Dyma'r Fframwaith Gwydnwch fel mae eich sefydliad yn ei ddefnyddio. Gallwch ychwanegu eich camau eich hun, aileirio camau, cuddio camau nad ydych chi'n eu defnyddio, dewis geiriad neu gyfieithiad, a dweud pwy helpodd i wneud y newidiadau. Mae pob newid yn cael ei gadw fel fersiwn newydd: mae cofnodion a wnaed yn gynharach yn cadw'r geiriad y cawson nhw eu gwneud ag ef.
adapt-errors-title = Mae problem
adapt-stale = Cadwodd rhywun arall newid i'r fframwaith tra oeddech chi'n gweithio (fersiwn { $version } yw hi nawr). Chafodd dim byd a anfonoch chi ei gadw. Edrychwch ar y fframwaith fel y mae nawr, yna anfonwch eich newid eto: mae'r hyn a deipioch chi yma o hyd.
adapt-back = Yn ôl i fframwaith eich sefydliad
adapt-draft = Drafft
adapt-newer-title = Argraffiad mwy newydd o'r fframwaith
adapt-newer-lead = Mae eich sefydliad yn defnyddio argraffiad hŷn. Dyma'r un mwy newydd:
adapt-newer-keeps = Mae'r argraffiad mwy newydd yn geirio rhai camau'n wahanol, yn agosach at y fframwaith a gyhoeddwyd. Mae eich camau eich hun, eich aileiriadau a'ch camau cudd yn aros fel y maen nhw. Mae gwiriadau a chynlluniau a wnaed o'r blaen yn cadw'r geiriau y cawson nhw eu gwneud â nhw.
adapt-newer-wording = Mae'r geiriad neu'r cyfieithiad a ddewisoch chi'n perthyn i'r argraffiad hŷn. Ar ôl symud, dewiswch eiriad o'r argraffiad mwy newydd isod.
adapt-newer-submit = Defnyddio'r argraffiad mwy newydd

adapt-in-force-title = Yn cael ei ddefnyddio nawr
adapt-version = Fersiwn
adapt-version-none = Heb ei newid eto
adapt-edition = Argraffiad
adapt-overlay = Geiriad
adapt-overlay-none = Geiriad yr argraffiad ei hun
adapt-credit = Wedi'i wneud gyda
adapt-credit-none = Neb wedi'i gydnabod eto

adapt-moves-title = Camau
adapt-moves-lead = Dewiswch gam i'w aileirio neu i'w guddio.
adapt-tag-local = Eich cam eich hun
adapt-tag-reworded = Wedi'i aileirio
adapt-tag-hidden = Wedi'i guddio
adapt-tag-in-use = Yn cael ei ddefnyddio

adapt-add-title = Ychwanegu eich cam eich hun
adapt-add-lead = Mae eich cam eich hun yn cael ei ychwanegu at adran ac yn cael enw newydd ei hun, fel na all byth gael ei gymysgu â cham sydd wedi'i gyhoeddi.
adapt-add-compartment = Adran
adapt-label = Label y cam
adapt-label-hint = Ychydig eiriau, 200 nod ar y mwyaf.
adapt-description = Disgrifiad
adapt-description-hint = Dewisol. Brawddeg neu ddwy am ystyr y cam.
adapt-category = Newid y fantol
adapt-category-hint = Dewisol. Dewiswch un os yw'r cam yn ymwneud â'r byd o amgylch y person.
adapt-category-none = Dim un
adapt-add-submit = Ychwanegu cam

adapt-overlays-title = Geiriadau a chyfieithiadau
adapt-overlays-lead = Mae geiriad neu gyfieithiad yn newid y labeli mae pobl yn eu gweld. Edrychwch ar un yn gyntaf; dim ond ar ôl i chi ei dderbyn y caiff ei ddefnyddio ar gyfer cofnodion.
adapt-overlays-none = Does dim geiriadau na chyfieithiadau ar gyfer yr argraffiad hwn.
adapt-overlay-drop = Mynd yn ôl i eiriad yr argraffiad ei hun

adapt-edition-title = Argraffiad
adapt-edition-choose = Argraffiad y fframwaith
adapt-edition-hint = Mae newid yr argraffiad yn cadw eich camau eich hun, eich aileiriadau a'ch camau cudd, os oes gan yr argraffiad newydd eu hadrannau a'u camau.
adapt-edition-submit = Defnyddio'r argraffiad hwn

adapt-credit-title = Pwy wnaeth y newidiadau hyn
adapt-credit-label = Wedi'i wneud gyda
adapt-credit-hint = Dywedwch pwy wnaeth gydgynhyrchu eich newidiadau, yn eu geiriau eu hunain, er enghraifft "Grŵp pobl ifanc nos Fawrth". Gadewch yn wag i dynnu'r gydnabyddiaeth.
adapt-credit-submit = Cadw'r gydnabyddiaeth

adapt-file-title = Gweithio ar ffeil
adapt-file-lead = Gall cymunedau ymarfer lawrlwytho eich newidiadau fel ffeil, ei golygu, a dod â hi yn ôl.
adapt-export = Lawrlwytho'r newidiadau fel ffeil (TOML)
adapt-import = Dod â ffeil yn ôl

adapt-history-title = Fersiynau
adapt-history-none = Does dim byd wedi'i newid eto.
adapt-history-caption = Pob fersiwn o fframwaith eich sefydliad, y diweddaraf yn gyntaf
adapt-history-nobody = Neb wedi'i enwi
adapt-history-older = Fersiynau hŷn
adapt-col-version = Fersiwn
adapt-col-when = Pryd
adapt-col-who = Pwy
adapt-col-what = Beth newidiodd

adapt-change-adopted = Argraffiad { $id } wedi'i fabwysiadu
adapt-change-overlay-accepted = Geiriad { $id } wedi'i dderbyn
adapt-change-overlay-dropped = Yn ôl i eiriad yr argraffiad ei hun
adapt-change-move-added = Cam { $id } wedi'i ychwanegu
adapt-change-reworded = Cam { $id } wedi'i aileirio
adapt-change-hidden = Cam { $id } wedi'i guddio
adapt-change-unhidden = Cam { $id } yn cael ei ddangos eto
adapt-change-credited = Cydnabyddiaeth wedi'i newid
adapt-change-imported = Ffeil wedi'i dod yn ôl

adapt-done-adopted = Mae'r argraffiad wedi newid.
adapt-done-overlay = Mae'r geiriad wedi newid.
adapt-done-added = Mae eich cam wedi'i ychwanegu.
adapt-done-reworded = Mae'r cam wedi'i aileirio.
adapt-done-hidden = Mae'r cam wedi'i guddio. Mae cofnodion sydd eisoes yn ei ddefnyddio yn dal i'w ddangos.
adapt-done-shown = Mae'r cam yn cael ei gynnig eto.
adapt-done-credited = Mae'r gydnabyddiaeth wedi'i chadw.
adapt-done-imported = Mae'r ffeil wedi dod yn ôl fel fersiwn newydd.
adapt-done-unchanged = Doedd dim byd yn wahanol, felly chafodd dim byd ei gadw.

adapt-move-title = Cam: { $label }
adapt-move-id = Enw mewn cofnodion
adapt-move-compartment = Adran
adapt-move-standard = Geiriad safonol
adapt-move-status = Statws
adapt-move-hidden = Wedi'i guddio: ddim yn cael ei gynnig ar gyfer cofnodion newydd
adapt-move-offered = Yn cael ei gynnig ar gyfer cofnodion newydd
adapt-move-meaning = Mae aileirio yn cadw ystyr y cam: mae cofnodion sy'n ei ddefnyddio yn cadw eu geiriad eu hunain.
adapt-reword-title = Aileirio'r cam hwn
adapt-reword-hint = Gadewch y ddau flwch yn wag i fynd yn ôl i'r geiriad safonol.
adapt-reword-submit = Cadw'r geiriad
adapt-hide-title = Cuddio'r cam hwn
adapt-unhide-title = Cynnig y cam hwn eto
adapt-hide-lead = Dydy cam cudd ddim yn cael ei gynnig ar gyfer cofnodion newydd. Dydy e ddim yn cael ei ddileu: mae cofnodion sy'n ei ddefnyddio yn dal i'w ddangos.
adapt-hide-submit = Cuddio'r cam
adapt-unhide-submit = Cynnig y cam eto

adapt-preview-title = Geiriad: { $title }
adapt-preview-heading = Geiriad:
adapt-preview-draft = dydy'r geiriad hwn ddim wedi cael ei wirio gan y bobl y mae ar eu cyfer. Gallwch edrych arno, ond dim ond os byddwch chi'n ei dderbyn gan wybod hynny y caiff ei ddefnyddio ar gyfer cofnodion.
adapt-preview-by = Wedi'i wneud gan
adapt-preview-licence = Trwydded
adapt-preview-note = Nodyn
adapt-preview-in-use = Mae eich sefydliad yn defnyddio'r geiriad hwn.
adapt-preview-moves = Sut mae'r camau'n darllen
adapt-accept-title = Defnyddio'r geiriad hwn ar gyfer cofnodion
adapt-accept-confirm-draft = Rwy'n deall mai drafft yw'r geiriad hwn ac rwyf am ei ddefnyddio ar gyfer cofnodion beth bynnag
adapt-accept-submit = Defnyddio'r geiriad hwn

adapt-import-title = Dod â ffeil yn ôl
adapt-import-lead = Gludwch y ffeil gyfan a lawrlwythoch chi ac a olygoch chi. Mae'n cael ei gwirio yn gyntaf: os oes unrhyw beth o'i le, does dim byd yn cael ei gadw ac mae pob problem yn cael ei rhestru gyda rhif ei llinell.
adapt-import-text = Y ffeil
adapt-import-hint = Agorwch y ffeil mewn golygydd testun, copïwch bopeth, a'i ludo yma.
adapt-import-submit = Gwirio a chadw
adapt-import-errors-title = Chafodd y ffeil mo'i chadw
adapt-import-empty = Gludwch y ffeil yn y blwch yn gyntaf.

adapt-error-unknown-edition = Dewiswch un o'r argraffiadau sydd wedi'u rhestru.
adapt-error-unknown-compartment = Dewiswch un o'r adrannau sydd wedi'u rhestru.
adapt-error-unknown-move = Dydy'r cam hwnnw ddim yn fframwaith eich sefydliad.
adapt-error-overlay-edition = Mae'r geiriad hwnnw'n perthyn i argraffiad arall.
adapt-error-draft-not-confirmed = Drafft yw'r geiriad hwn. Ticiwch y blwch i ddweud eich bod am ei ddefnyddio beth bynnag.
adapt-error-edition-lacks = Does gan yr argraffiad hwnnw ddim popeth mae eich newidiadau'n ei ddefnyddio: { $ids }. Dadwnewch y newidiadau hynny yn gyntaf.
adapt-error-category = Dewiswch un o'r categorïau sydd wedi'u rhestru, neu ddim un.
adapt-error-label-empty = Rhowch label.
adapt-error-label-too-long = Gall y label fod yn { $max } nod o hyd ar y mwyaf.
adapt-error-label-hidden-character = Mae nod cudd yn y label sy'n newid sut mae'r testun yn cael ei ddangos. Teipiwch ef eto yn lle ei ludo.
adapt-error-description-too-long = Gall y disgrifiad fod yn { $max } nod o hyd ar y mwyaf.
adapt-error-description-hidden-character = Mae nod cudd yn y disgrifiad sy'n newid sut mae'r testun yn cael ei ddangos. Teipiwch ef eto yn lle ei ludo.
adapt-error-credit-too-long = Gall y gydnabyddiaeth fod yn { $max } nod o hyd ar y mwyaf.
adapt-error-credit-hidden-character = Mae nod cudd yn y gydnabyddiaeth sy'n newid sut mae'r testun yn cael ei ddangos. Teipiwch ef eto yn lle ei ludo.
