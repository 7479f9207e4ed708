# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## The home page: what needs a person, and what is new for them in their circles

home-needs-you = Beth sydd angen eich sylw
home-needs-you-empty = Does dim byd angen eich sylw nawr: does dim adolygiadau na gweithredoedd yn ddyledus, a does dim byd newydd wedi'i rannu gyda chi ers i chi edrych ddiwethaf.
home-new-for-you = Newydd i chi
home-new-for-you-empty = Dim byd newydd gan eich gweithwyr ers i chi edrych ddiwethaf, a does dim byd yn ddyledus.
home-new-notes = { $count ->
    [one] Rhannodd { $person } nodyn gyda chi yng nghylch { $focus }
    [two] Rhannodd { $person } ddau nodyn gyda chi yng nghylch { $focus }
   *[other] Rhannodd { $person } { $count } o nodiadau gyda chi yng nghylch { $focus }
}
home-new-checks = { $count ->
    [one] Rhannodd { $person } wiriad gyda chi yng nghylch { $focus }
   *[other] Rhannodd { $person } safbwyntiau mewn { $count } o wiriadau gyda chi yng nghylch { $focus }
}
# The rest of a busy circle's news, beyond the few lines listed for it.
home-more-in-circle = { $count ->
    [one] ac 1 arall yng nghylch { $focus }
   *[other] a { $count } arall yng nghylch { $focus }
}
home-review-due = Adolygu cynllun { $focus } erbyn { $day }
home-review-overdue = Roedd cynllun { $focus } i fod i gael ei adolygu ar { $day }
home-next-review = Mae eich adolygiad nesaf yng nghylch { $focus } ar { $day }
home-action-due = I'w wneud erbyn { $day } yng nghylch { $focus }: { $what }
home-action-overdue = Roedd i fod i gael ei wneud erbyn { $day } yng nghylch { $focus }: { $what }
home-team-reviews-overdue = { $count ->
    [one] Mae adolygiad yn hwyr yng nghylch { $focus }
   *[other] Mae { $count } o adolygiadau'n hwyr yng nghylch { $focus }
}
