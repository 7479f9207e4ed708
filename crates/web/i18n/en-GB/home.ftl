## The home page: what is new for a person in their circles

home-needs-you = What needs you
home-needs-you-empty = Nothing new has been shared with you since you last looked.
home-new-for-you = New for you
home-new-for-you-empty = Your workers have not shared anything new with you since you last looked.
home-new-note = { $person } shared a note with you in { $focus }'s circle
home-new-notes = { $person } shared { $count } notes with you in { $focus }'s circle
