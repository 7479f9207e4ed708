## The home page: what needs a person, and what is new for them in their circles

home-needs-you = What needs you
home-needs-you-empty = Nothing needs you now: no reviews or actions are due, and nothing new has been shared with you since you last looked.
home-new-for-you = New for you
home-new-for-you-empty = Nothing new from your workers since you last looked, and nothing is due.
home-new-notes = { $count ->
    [one] { $person } shared a note with you in { $focus }'s circle
   *[other] { $person } shared { $count } notes with you in { $focus }'s circle
}
home-new-checks = { $count ->
    [one] { $person } shared their check with you in { $focus }'s circle
   *[other] { $person } shared their views in { $count } checks with you in { $focus }'s circle
}
# The rest of a busy circle's news, beyond the few lines listed for it.
home-more-in-circle = { $count ->
    [one] and 1 more in { $focus }'s circle
   *[other] and { $count } more in { $focus }'s circle
}
home-review-due = Review { $focus }'s plan by { $day }
home-review-overdue = { $focus }'s plan was due for review on { $day }
home-next-review = Your next review in { $focus }'s circle is on { $day }
home-action-due = Due by { $day } in { $focus }'s circle: { $what }
home-action-overdue = Was due on { $day } in { $focus }'s circle: { $what }
home-team-reviews-overdue = { $count ->
    [one] A review is overdue in { $focus }'s circle
   *[other] { $count } reviews are overdue in { $focus }'s circle
}
