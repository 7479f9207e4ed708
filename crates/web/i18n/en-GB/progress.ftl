## The progress page of a circle (issue 7 item 5)

progress-nav = Progress
progress-title = Progress: { $name }
progress-lead = How things have moved over time, from the checks and plans you can see. Nothing here is a score.
progress-nothing-shared = Nobody has shared a check with you yet, so there is no progress to show. When someone shares their view of a check, it shows here.
progress-whose-label = Whose view
progress-whose-hint = Everyone's view is kept apart. Choose one person's view, or what you agreed together.
progress-whose-submit = Show this view
progress-whose-agreed = What we agreed together
progress-whose-you = { $name } (you)
progress-legend-heading = What the colours and patterns mean
progress-not-answered = Not answered

progress-latest-heading = Where each move is now
progress-glance-heading = At a glance
progress-glance-caption = One square for each move, in the colours and patterns above. “Where each move is now”, below, says the same in words.
progress-glance-now = Now: { $in_place } in place, { $partly } partly there, { $not_yet } not yet.
progress-glance-one-check = There is one check so far. After the next one, you will see here what changed.
progress-glance-closer = { $count ->
    [0] Since the check of { $day }, no move got closer to “in place”.
    [one] Since the check of { $day }, 1 move got closer to “in place”:
   *[other] Since the check of { $day }, { $count } moves got closer to “in place”:
}
progress-glance-away = { $count ->
    [one] 1 move went the other way.
   *[other] { $count } moves went the other way.
}
progress-glance-new = { $count ->
    [one] 1 move was answered for the first time.
   *[other] { $count } moves were answered for the first time.
}
progress-group-none = Nothing answered here yet.
progress-group-unanswered = { $count ->
    [one] 1 move here is not answered yet.
   *[other] { $count } moves here are not answered yet.
}
progress-latest-lead = The latest answer for each move, in the view of:
progress-picture-caption = The tables below say the same in words.
progress-col-move = Move
progress-col-latest = Latest answer
progress-col-from = From the check of

progress-compare-heading = Compare two checks
progress-compare-too-few = This view has fewer than two checks, so there is nothing to compare yet.
progress-compare-a = Earlier check
progress-compare-b = Later check
progress-compare-submit = Compare
progress-filter-legend = Which moves to show
progress-filter-all = Every move
progress-filter-changed = Only the moves that changed
progress-compare-between = Comparing the check of
progress-compare-and = with the check of
progress-compare-nothing-changed = Nothing changed between these two checks.
progress-col-then = Then
progress-col-now = Now
progress-col-change = What changed

progress-direction-towards = Towards going well
progress-direction-away = Away from going well
progress-direction-same = No change
progress-direction-set-aside = Set aside for now
progress-direction-taken-up = Taken up again
progress-direction-newly-answered = Answered for the first time
progress-direction-not-answered-now = Not answered this time
progress-direction-never-answered = Not answered either time
progress-symbol-towards = ↑
progress-symbol-away = ↓
progress-symbol-same = =
progress-symbol-set-aside = ⇢
progress-symbol-taken-up = ⇠
progress-symbol-newly-answered = +
progress-symbol-not-answered-now = ?
progress-symbol-never-answered = ·

progress-counts-heading = Counts in each compartment over time
progress-counts-lead = For each check, oldest first: how many moves of each compartment were in place, partly there, not yet, not for now, or not answered.
progress-chart-caption = The tables below say the same in numbers.
progress-col-check = Check of

progress-timeline-heading = What happened, newest first
progress-timeline-empty = Nothing yet: no checks, and no plans you can see.
progress-timeline-check = Check started by { $by }. Shared views you can see: { $views }.
progress-timeline-plan = Plan started by { $by }. Focus moves: { $moves }.
progress-timeline-review-carried = Plan reviewed by { $by }. It carries on, with the next review on { $next }.
progress-timeline-review-closed = Plan reviewed by { $by }, and finished.
progress-timeline-check-link = the check of { $day } done for this review
progress-timeline-open-check = Open the check
progress-timeline-open-plan = Open the plan

progress-error-whose = That is not one of the views you can see. The page shows the first one instead.
progress-error-not-a-check = That is not a check. Choose the two checks from the lists.
progress-error-not-in-series = That check is not one of this circle's checks with this view. Choose the two checks from the lists.
progress-error-same-check = Choose two different checks to compare.

## Reviews linked to checks (on the plan's review form and page)

progress-review-check-label = The check done for this review (if there was one)
progress-review-check-hint = A review usually has a new check. Choose it, so the plan and the progress page show the link.
progress-review-check-none = No check for this review
progress-review-check-option = Check of { $day }, started by { $by }
progress-review-check-unknown = That is not one of this circle's checks. Choose one from the list, or none.
progress-review-check-done = The check done for this review:
