# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## Signing in and out

nav-sign-in = Mewngofnodi
nav-sign-out = Allgofnodi
sign-in-title = Mewngofnodi
sign-in-login = Cyfeiriad e-bost neu enw defnyddiwr
sign-in-login-hint = Mae pobl ifanc a rhieni heb gyfeiriad e-bost yn defnyddio'r enw defnyddiwr a gawson nhw gan eu gweithiwr.
sign-in-password = Cyfrinair
show-password = Dangos y cyfrinair
sign-in-submit = Mewngofnodi
sign-in-failed = Mae'r cyfeiriad e-bost, yr enw defnyddiwr neu'r cyfrinair yn anghywir. Gwiriwch nhw a rhowch gynnig arall arni.
sign-in-forgotten = Wedi anghofio eich cyfrinair? Gofynnwch i'ch gweithiwr neu i weinyddwr eich sefydliad am ddolen newydd.
sign-in-signed-out = Rydych chi wedi allgofnodi.
sign-in-expired = Er eich diogelwch, cawsoch eich allgofnodi ar ôl cyfnod heb weithgarwch. Mewngofnodwch eto.
error-429-retry = Gallwch roi cynnig arall arni ymhen { $minutes } munud.

## First run

setup-title = Gosod Resilient Moves
setup-lead = Does dim sefydliad yn bodoli eto. Crëwch y cyntaf a'i weinyddwr.
setup-code = Cod gosod
setup-code-hint = Argraffodd y gweinydd y cod hwn yn ei log pan ddechreuodd. Mae'n edrych fel ABCD-EFGH-JKLM-NPQR.
setup-org-name = Enw eich sefydliad
setup-admin-name = Eich enw
setup-admin-email = Eich cyfeiriad e-bost
setup-password = Dewiswch gyfrinair
setup-password-hint = O leiaf 8 nod. Mae ychydig eiriau y gallwch eu cofio yn gweithio'n dda. Peidiwch â defnyddio cyfrineiriau cyffredin.
setup-submit = Creu'r sefydliad
setup-wrong-code = Dydy'r cod gosod hwnnw ddim yn gywir. Edrychwch yn log y gweinydd am y cod a argraffodd pan ddechreuodd.
setup-errors-title = Mae problem
setup-field-error = { $field }: { $problem }

## Signed-in home

home-signed-in-as = Wedi mewngofnodi fel { $name }
home-working-in = Rydych chi'n gweithio yn { $organisation }.
home-your-roles = Eich rolau yma: { $roles }
home-no-membership = Dydych chi ddim yn aelod o unrhyw sefydliad eto. Gofynnwch i weinyddwr eich gwahodd.
home-switch = Newid sefydliad
home-switch-submit = Newid
home-installation-admin = Chi sy'n gweinyddu'r gosodiad hwn.
role-org_admin = gweinyddwr
role-manager = rheolwr
role-practitioner = ymarferydd
    .family = gweithiwr
role-parent_carer = rhiant neu ofalwr
role-young_person = person ifanc
role-viewer = gwyliwr
setup-error-code-missing = Rhowch y cod gosod sydd i'w weld yn log y gweinydd.
setup-error-code-shape = Mae'r cod gosod yn 16 o lythrennau a digidau, fel ABCD-EFGH-JKLM-NPQR. Copïwch ef o log y gweinydd.
setup-error-org-empty = Rhowch enw'r sefydliad.
setup-error-org-too-long = Rhaid i enw'r sefydliad fod yn 120 nod neu lai.
setup-error-org-hidden-character = Mae nod cudd yn enw'r sefydliad. Teipiwch ef eto.
setup-error-name-empty = Rhowch eich enw.
setup-error-name-too-long = Rhaid i'ch enw fod yn 120 nod neu lai.
setup-error-name-hidden-character = Mae nod cudd yn eich enw. Teipiwch ef eto.
setup-error-email-empty = Rhowch eich cyfeiriad e-bost.
setup-error-email-too-long = Rhaid i'ch cyfeiriad e-bost fod yn 254 nod neu lai.
setup-error-email-hidden-character = Mae nod cudd yn eich cyfeiriad e-bost. Teipiwch ef eto.
setup-error-email-shape = Rhowch gyfeiriad e-bost yn y ffurf gywir, fel enw@example.org.
password-too-short = Rhaid i'ch cyfrinair fod yn 8 nod o leiaf.
password-too-long = Rhaid i'ch cyfrinair fod yn 256 nod neu lai.
password-common = Mae'r cyfrinair hwnnw ymhlith y rhai sy'n cael eu dyfalu amlaf. Dewiswch un arall: mae ychydig eiriau heb gysylltiad â'i gilydd yn gweithio'n dda.
password-same-as-login = Ni ddylai eich cyfrinair fod yr un fath â'ch cyfeiriad e-bost neu'ch enw defnyddiwr.
home-audit-link = Darllen y log archwilio
idle-warning = Er eich diogelwch, byddwch yn cael eich allgofnodi ymhen 2 funud os na fydd dim yn digwydd. Dewiswch “Aros wedi mewngofnodi” i barhau lle rydych chi.
idle-stay = Aros wedi mewngofnodi
