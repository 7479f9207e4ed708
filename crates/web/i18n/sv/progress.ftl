# Utkast: maskinstödd översättning till svenska. Ska granskas av personer med svenska som modersmål.

## The progress page of a circle (issue 7 item 5)

progress-nav = Utveckling
progress-title = Utveckling: { $name }
progress-lead = Hur saker har förändrats över tid, utifrån de avstämningar och planer som du kan se. Inget här är poäng eller betyg.
progress-nothing-shared = Ingen har delat en avstämning med dig än, så det finns ingen utveckling att visa. När någon delar sina svar i en avstämning syns de här.
progress-whose-label = Vems svar
progress-whose-hint = Allas svar hålls isär. Välj en persons svar, eller det ni kom överens om tillsammans.
progress-whose-submit = Visa de här svaren
progress-whose-agreed = Det vi kom överens om tillsammans
progress-whose-you = { $name } (du)
progress-legend-heading = Vad färgerna och mönstren betyder
progress-not-answered = Inte besvarat

progress-latest-heading = Var varje steg är nu
progress-glance-heading = En snabb överblick
progress-glance-caption = En ruta för varje steg, i färgerna och mönstren ovan. ”Var varje steg är nu”, nedan, säger samma sak med ord.
progress-glance-now = Nu: { $in_place } på plats, { $partly } delvis, { $not_yet } inte än.
progress-glance-one-check = Det finns en avstämning hittills. Efter nästa ser du här vad som har ändrats.
progress-glance-closer = { $count ->
    [0] Sedan avstämningen { $day } har inget steg kommit närmare ”på plats”.
    [one] Sedan avstämningen { $day } har 1 steg kommit närmare ”på plats”:
   *[other] Sedan avstämningen { $day } har { $count } steg kommit närmare ”på plats”:
}
progress-glance-away = { $count ->
    [one] 1 steg gick åt andra hållet.
   *[other] { $count } steg gick åt andra hållet.
}
progress-glance-new = { $count ->
    [one] 1 steg fick svar för första gången.
   *[other] { $count } steg fick svar för första gången.
}
progress-group-none = Inget är besvarat här än.
progress-group-unanswered = { $count ->
    [one] 1 steg här har inte fått svar än.
   *[other] { $count } steg här har inte fått svar än.
}
progress-latest-lead = Det senaste svaret för varje steg, enligt:
progress-picture-caption = Tabellerna nedan säger samma sak i ord.
progress-col-move = Steg
progress-col-latest = Senaste svaret
progress-col-from = Från avstämningen den

progress-compare-heading = Jämför två avstämningar
progress-compare-too-few = De här svaren finns i färre än två avstämningar, så det finns inget att jämföra än.
progress-compare-a = Tidigare avstämning
progress-compare-b = Senare avstämning
progress-compare-submit = Jämför
progress-filter-legend = Vilka steg som ska visas
progress-filter-all = Alla steg
progress-filter-changed = Bara stegen som har ändrats
progress-compare-between = Jämför avstämningen den
progress-compare-and = med avstämningen den
progress-compare-nothing-changed = Inget ändrades mellan de här två avstämningarna.
progress-col-then = Då
progress-col-now = Nu
progress-col-change = Vad som ändrades

progress-direction-towards = Mot att det går bra
progress-direction-away = Bort från att det går bra
progress-direction-same = Ingen ändring
progress-direction-set-aside = Lagt åt sidan tills vidare
progress-direction-taken-up = Tagit upp igen
progress-direction-newly-answered = Besvarat för första gången
progress-direction-not-answered-now = Inte besvarat den här gången
progress-direction-never-answered = Inte besvarat någon av gångerna
progress-symbol-towards = ↑
progress-symbol-away = ↓
progress-symbol-same = =
progress-symbol-set-aside = ⇢
progress-symbol-taken-up = ⇠
progress-symbol-newly-answered = +
progress-symbol-not-answered-now = ?
progress-symbol-never-answered = ·

progress-counts-heading = Antal i varje område över tid
    .family = Hur många steg i varje del, över tid
progress-counts-lead = För varje avstämning, den äldsta först: hur många steg i varje område som fanns på plats, delvis, inte än, inte just nu eller inte var besvarade.
    .family = För varje avstämning, den äldsta först: hur många steg i varje del som fanns på plats, delvis, inte än, inte just nu eller inte var besvarade.
progress-chart-caption = Tabellerna nedan säger samma sak i siffror.
progress-col-check = Avstämning den

progress-timeline-heading = Vad som hänt, det nyaste först
progress-timeline-empty = Inget än: inga avstämningar och inga planer som du kan se.
progress-timeline-check = Avstämning påbörjad av { $by }. Delade svar som du kan se: { $views }.
progress-timeline-plan = Plan påbörjad av { $by }. Steg i fokus: { $moves }.
progress-timeline-review-carried = Planen följdes upp av { $by }. Den fortsätter, med nästa uppföljning den { $next }.
progress-timeline-review-closed = Planen följdes upp av { $by } och avslutades.
progress-timeline-check-link = avstämningen den { $day } som gjordes inför uppföljningen
progress-timeline-open-check = Öppna avstämningen
progress-timeline-open-plan = Öppna planen

progress-error-whose = Det är inte några av de svar som du kan se. Sidan visar de första i stället.
progress-error-not-a-check = Det är inte en avstämning. Välj de två avstämningarna i listorna.
progress-error-not-in-series = Den avstämningen är inte en av cirkelns avstämningar med de här svaren. Välj de två avstämningarna i listorna.
progress-error-same-check = Välj två olika avstämningar att jämföra.

## Reviews linked to checks (on the plan's review form and page)

progress-review-check-label = Avstämningen som gjordes inför uppföljningen (om det fanns någon)
progress-review-check-hint = En uppföljning brukar ha en ny avstämning. Välj den, så att planen och utvecklingssidan visar kopplingen.
progress-review-check-none = Ingen avstämning för den här uppföljningen
progress-review-check-option = Avstämning den { $day }, påbörjad av { $by }
progress-review-check-unknown = Det är inte en av cirkelns avstämningar. Välj en i listan, eller ingen.
progress-review-check-done = Avstämningen som gjordes inför uppföljningen:
