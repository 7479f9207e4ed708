# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## A form kept while its sender was signed out

kept-title = Anfon yr hyn a ysgrifennoch chi
kept-lead = Cawsoch eich allgofnodi cyn i hyn gael ei gadw, felly fe wnaethon ni ei gadw i chi. Gwiriwch ef, yna anfonwch ef.
kept-send = Ei anfon nawr
kept-once = Dim ond unwaith mae'r dudalen hon yn cael ei dangos. Os byddwch chi'n ei gadael heb anfon, bydd yr hyn a ysgrifennoch chi wedi mynd.
sign-in-kept = Cawsoch eich allgofnodi cyn i'ch ffurflen gael ei chadw. Mae'n cael ei chadw'n ddiogel am awr: mewngofnodwch, a gallwch ei hanfon.
