# Sharing in a circle: who decides, what they agreed may be shared, linking
# the young person's own account (issue 5).

audit-action-sharing_changed = Sharing changed
sharing-nav = Sharing

## Sharing agreements

sharing-title = What can be shared from the circle of { $name }
sharing-heading = Sharing
sharing-lead = Here is what they agreed can be shared with people outside the circle, and with whom. Everyone in the circle can read this. When someone changes their mind, the agreement is ended and kept below, so everyone knows what was agreed at the time.
sharing-decider-link = Who decides, and how to change it
sharing-in-force-heading = Agreed now
sharing-none = Nothing has been agreed yet. Nothing is shared outside the circle without an agreement.
sharing-agreed-sentence = { $decider } agreed that { $with_whom } can be told about:
sharing-recorded-by = Recorded by { $name } on { $date }.
sharing-recorded-with = Recorded by { $name } with { $decider } on { $date }.
sharing-ended-by = Ended by { $name } on { $date }.
sharing-end-button = End this agreement
sharing-ended-heading = Ended agreements
sharing-ended-lead = These no longer count. They are kept so everyone knows what was agreed before.
sharing-ended-label = Ended:
sharing-form-heading = Record a new agreement
sharing-form-with = You are recording this with { $name }. It will say so.
sharing-form-who-sees = Everyone in the circle will be able to read it. It will be recorded as what { $name } agreed.
sharing-with-whom = Who can be told?
sharing-with-whom-hint = A person or a service outside the circle, for example "her school" or "Dr Shah at the GP".
sharing-with-whom-missing = Write who can be told.
sharing-what = What can they be told?
sharing-what-hint = In the words of the person who decides, for example "her plan" or "how things are at home".
sharing-what-missing = Write what they can be told.
sharing-record-button = Record this agreement
sharing-who-records = Only the person who decides, or a practitioner with them, records or ends an agreement.
    .family = Only the person who decides, or a worker with them, writes down or ends an agreement.
sharing-closed = This circle is closed. Its agreements can be read but not changed.
sharing-no-decider = Nobody in this circle decides about sharing yet, so nothing can be agreed. A practitioner in the circle can choose who decides.
    .family = Nobody in this circle decides about sharing yet, so nothing can be agreed. A worker in the circle can choose who decides.
sharing-done-recorded = The agreement was recorded.
sharing-done-already = This agreement was recorded already, once.
sharing-done-ended = The agreement was ended. It is kept below.
sharing-done-decider = Who decides about sharing was changed.
sharing-form-expired = This form had expired. Check what you wrote and send it again.
sharing-decider-changed = Who decides changed while you were writing: now { $name } decides. Nothing was recorded. Check with { $name }, then send it again.
sharing-ended-meanwhile = { $name } already ended this agreement on { $date }. Nothing else changed.

## Who decides

decider-title = Who decides about sharing in the circle of { $name }
decider-heading = Who decides about sharing
decider-back = Back to sharing
decider-what-it-means = The person who decides says what can be shared with people outside the circle, with whom and when. This is the young person when they are able to decide. Otherwise it is a parent or carer the circle names.
decider-who-changes = Only the practitioners in this circle change who decides.
    .family = Only the workers in this circle change who decides.
decider-closed = This circle is closed. Reopen it to change who decides.
decider-form-heading = Change who decides
decider-legend = Who should decide?
decider-choice-young = { $name } (the young person)
decider-choice-member = { $name } ({ $relationship })
decider-young-hint = { $name } decides for themself and records what they agree.
decider-young-no-account-hint = { $name } decides for themself. They have no account yet, so a practitioner records what they agree with them.
    .family = { $name } decides for themself. They have no account yet, so a worker writes down what they agree with them.
decider-member-hint = { $name } decides for the young person and records what they agree.
decider-agreements-stay = Agreements already recorded stay as they are until someone ends them. From now on, new agreements are what the new person agrees.
decider-submit = Save who decides
decider-choose = Choose one of the people listed.
decider-stale = Someone changed this circle while you were choosing. Now: { $now }. You chose: { $yours }. Choose again and save if you still want the change.

## Linking the young person's own account

members-link-heading = Link { $name }'s own account
members-link-lead = If { $name } has an account here as a young person, link it. Then they sign in as themself, see their own circle and can decide about sharing.
members-link-email = Their email address or username
members-link-submit = Link this account
members-link-done = { $name }'s account is now linked. They can sign in and see this circle.
members-link-not-young = Nobody in your organisation with this email address or username has a young person's account. Check what you typed.
members-link-in-circle = That account is in this circle already, as someone else.
members-link-already = { $name } has an account linked already.

## Who can see this circle

sharing-people-link = What was agreed can be shared
sharing-people-decider-link = Who decides, and how to change it
sharing-people-decides = Decides what is shared outside the circle, and records or ends agreements.
sharing-people-decides-no-account = Decides what is shared outside the circle. A practitioner records it with them.
    .family = Decides what is shared outside the circle. A worker writes it down with them.
sharing-people-records-with = Reads the sharing agreements, and records or ends them with the person who decides.
sharing-people-reads = Reads the sharing agreements.

## The copy of the circle (subject access)

export-decider-heading = Who decides about sharing
export-agreements-heading = Sharing agreements
export-checks-heading = Checks
export-check-started = Check started on { $date }
export-check-agreed = Agreed together
export-check-none-agreed = Nothing agreed together yet.
export-check-no-views = You cannot see anyone's view in this check.
export-answer = { $move }: { $status }
export-plans-heading = Plans
export-frameworks-heading = The Resilience Framework used here
export-plan-made = Plan made on { $date }
export-plan-review = Next review: { $date }
export-plan-closed = This plan is finished.
export-plan-focus = Moves we focus on
export-plan-truths = The noble truths
    .family = Questions to think about
export-plan-actions = Actions
export-plan-action = { $what }: { $who }, by { $date }. { $state }
export-plan-goals = Goals
export-plan-goal-ratings = Ratings: { $scores }
export-plan-reviews = Reviews
export-plan-review-worked = What worked: { $text }
export-plan-review-change = What to change: { $text }
