# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## Setting a password with a one-time link

set-password-title = Gosod eich cyfrinair
set-password-for = Mae'r ddolen hon yn gosod y cyfrinair ar gyfer { $login }. Mae'n gweithio unwaith.
set-password-new = Cyfrinair newydd
set-password-hint = O leiaf 8 nod. Mae ychydig eiriau y gallwch eu cofio yn gweithio'n dda. Peidiwch â defnyddio cyfrineiriau cyffredin. Gallwch ei ludo o reolwr cyfrineiriau.
set-password-submit = Gosod fy nghyfrinair
set-password-errors-title = Mae problem

## A one-time link that no longer works

link-gone-title = Dydy'r ddolen hon ddim yn gweithio bellach
link-gone-body = Mae'r ddolen hon wedi dod i ben neu wedi cael ei defnyddio'n barod. Gofynnwch am un newydd.
link-gone-help = Os ydych chi eisoes wedi gosod eich cyfrinair gyda hi, mewngofnodwch gyda'r cyfrinair hwnnw.
link-gone-sign-in = Mynd i fewngofnodi

## The sign-in page after a password was set

sign-in-password-set = Mae eich cyfrinair wedi'i osod. Mewngofnodwch gydag ef nawr.

# Changing one's own password (account/password).
change-password-title = Newid fy nghyfrinair
change-password-lead = Rhowch eich cyfrinair presennol, yna dewiswch un newydd. Ar ôl y newid byddwch chi'n mewngofnodi eto, a byddwch chi'n cael eich allgofnodi ar bob dyfais arall hefyd.
change-password-current = Cyfrinair presennol
change-password-current-wrong = Nid hwn yw eich cyfrinair presennol.
change-password-submit = Newid fy nghyfrinair
change-password-home-link = Newid fy nghyfrinair
