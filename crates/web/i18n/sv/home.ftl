# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## The home page: what needs a person, and what is new for them in their circles

home-needs-you = Det här väntar på dig
home-needs-you-empty = Inget väntar på dig nu: inga uppföljningar eller aktiviteter ska vara klara, och inget nytt har delats med dig sedan du tittade senast.
home-new-for-you = Nytt för dig
home-new-for-you-empty = Inget nytt från dina kontaktpersoner sedan du tittade senast, och inget ska vara klart.
home-new-notes = { $count ->
    [one] { $person } delade en anteckning med dig i cirkeln för { $focus }
   *[other] { $person } delade { $count } anteckningar med dig i cirkeln för { $focus }
}
home-new-checks = { $count ->
    [one] { $person } delade sina svar i en avstämning med dig i cirkeln för { $focus }
   *[other] { $person } delade sina svar i { $count } avstämningar med dig i cirkeln för { $focus }
}
# The rest of a busy circle's news, beyond the few lines listed for it.
home-more-in-circle = { $count ->
    [one] och 1 till i cirkeln för { $focus }
   *[other] och { $count } till i cirkeln för { $focus }
}
home-review-due = Följ upp planen för { $focus } senast { $day }
home-review-overdue = Planen för { $focus } skulle ha följts upp den { $day }
home-next-review = Din nästa uppföljning i cirkeln för { $focus } är den { $day }
home-action-due = Ska vara klart senast { $day } i cirkeln för { $focus }: { $what }
home-action-overdue = Skulle ha varit klart den { $day } i cirkeln för { $focus }: { $what }
home-team-reviews-overdue = { $count ->
    [one] En uppföljning är försenad i cirkeln för { $focus }
   *[other] { $count } uppföljningar är försenade i cirkeln för { $focus }
}
