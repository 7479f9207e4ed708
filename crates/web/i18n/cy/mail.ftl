# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

# Emails (sent only when the installation has an SMTP server). Plain text.

mail-invitation-subject = Rydych chi'n cael eich gwahodd i ymuno â { $organisation }
mail-invitation-body =
    Helo,

    Rydych chi'n cael eich gwahodd i ymuno â { $organisation } ar Resilient Moves fel { $role }.

    Agorwch y ddolen hon i dderbyn. Mae'n gweithio unwaith, am 72 awr:
    { $link }

    Os nad oeddech chi'n disgwyl hyn, gallwch anwybyddu'r e-bost hwn.
mail-reset-subject = Gosod cyfrinair newydd ar gyfer Resilient Moves
mail-reset-body =
    Helo,

    Mae un o weinyddwyr { $organisation } wedi creu dolen i chi osod cyfrinair newydd ar Resilient Moves.

    Agorwch y ddolen hon i ddewis eich cyfrinair newydd. Mae'n gweithio unwaith, am 24 awr:
    { $link }

    Os na wnaethoch chi ofyn am hyn, dywedwch wrth eich ymarferydd neu wrth y sefydliad.
mail-new-device-subject = Cafodd eich cyfrif Resilient Moves ei ddefnyddio ar ddyfais newydd
mail-new-device-body =
    Helo,

    Mewngofnododd rhywun i'ch cyfrif Resilient Moves o ddyfais nad ydyn ni wedi'i gweld o'r blaen, ar { $when }.

    Os chi oedd hyn, does dim angen i chi wneud dim byd.
    Os nad chi oedd e, dywedwch wrth eich ymarferydd cyn gynted ag y gallwch, fel y gall eich helpu i newid eich cyfrinair.
