# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

# Email digests: the settings page, and the email itself. The email says only
# that something is waiting, never what, whose or where.

mail-digest-subject = Mae rhywbeth newydd yn aros amdanoch chi yn Resilient Moves
mail-digest-body =
    Helo,

    Mae rhywbeth newydd yn aros amdanoch chi yn Resilient Moves.

    Mewngofnodwch i'w weld:
    { $link }

    Rydych chi'n cael yr e-bost hwn am i chi ofyn amdano. I atal yr e-byst hyn, mewngofnodwch ac agorwch "E-byst pan fydd rhywbeth newydd" ar eich hafan.

digest-title = E-byst
digest-home-link = E-byst pan fydd rhywbeth newydd
digest-lead = Gallwn anfon e-bost atoch chi pan fydd rhywbeth newydd yn aros amdanoch chi yma, fel nodyn wedi'i rannu gyda chi neu gynllun i'w adolygu. Dydy'r e-bost byth yn dweud beth ydyw, am bwy mae e na phwy a'i hysgrifennodd. Rydych chi'n mewngofnodi i'w weld.
digest-legend = Anfonwch e-bost ataf pan fydd rhywbeth newydd yn aros amdanaf (dydy'r e-bost byth yn dweud beth)
digest-on = Ie, anfonwch e-bost ataf
digest-off = Na, peidiwch ag anfon e-bost ataf
digest-submit = Cadw
digest-saved = Wedi'i gadw.
digest-no-mail-server = Dydy'r gweinydd hwn ddim yn anfon e-byst, felly allwn ni ddim anfon e-bost atoch chi pan fydd rhywbeth newydd. Edrychwch ar eich hafan yn lle hynny.
digest-no-email = Does gennych chi ddim cyfeiriad e-bost yma (rydych chi'n mewngofnodi gydag enw defnyddiwr), felly allwn ni ddim anfon e-bost atoch chi. Edrychwch ar eich hafan yn lle hynny.
digest-back-home = Yn ôl i'ch hafan
