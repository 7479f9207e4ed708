# Cyfieithiad drafft gyda chymorth peiriant: mae angen i siaradwyr Cymraeg rhugl ei adolygu.
# (Draft machine-assisted translation, to be reviewed by native speakers.)

## The progress page of a circle (issue 7 item 5)

progress-nav = Cynnydd
progress-title = Cynnydd: { $name }
progress-lead = Sut mae pethau wedi symud dros amser, o'r gwiriadau a'r cynlluniau y gallwch eu gweld. Does dim byd yma yn sgôr.
progress-nothing-shared = Does neb wedi rhannu gwiriad gyda chi eto, felly does dim cynnydd i'w ddangos. Pan fydd rhywun yn rhannu ei safbwynt mewn gwiriad, bydd yn ymddangos yma.
progress-whose-label = Safbwynt pwy
progress-whose-hint = Mae safbwynt pob person yn cael ei gadw ar wahân. Dewiswch safbwynt un person, neu'r hyn y cytunoch arno gyda'ch gilydd.
progress-whose-submit = Dangos y safbwynt hwn
progress-whose-agreed = Yr hyn y cytunon ni arno gyda'n gilydd
progress-whose-you = { $name } (chi)
progress-legend-heading = Beth mae'r lliwiau a'r patrymau'n ei olygu
progress-not-answered = Heb ei ateb

progress-latest-heading = Ble mae pob cam nawr
progress-glance-heading = Ar yr olwg gyntaf
progress-glance-caption = Un sgwâr ar gyfer pob cam, yn y lliwiau a'r patrymau uchod. Mae “Ble mae pob cam nawr”, isod, yn dweud yr un peth mewn geiriau.
progress-glance-now = Nawr: { $in_place } yn eu lle, { $partly } yno'n rhannol, { $not_yet } ddim eto.
progress-glance-one-check = Dim ond un gwiriad sydd hyd yma. Ar ôl yr un nesaf, byddwch chi'n gweld yma beth newidiodd.
progress-glance-closer =
    { $count ->
        [0] Ers gwiriad { $day }, does dim cam wedi dod yn nes at “yn ei le”.
        [one] Ers gwiriad { $day }, mae 1 cam wedi dod yn nes at “yn ei le”:
        [two] Ers gwiriad { $day }, mae 2 gam wedi dod yn nes at “yn ei le”:
       *[other] Ers gwiriad { $day }, mae { $count } o gamau wedi dod yn nes at “yn ei le”:
    }
progress-glance-away =
    { $count ->
        [one] Aeth 1 cam y ffordd arall.
        [two] Aeth 2 gam y ffordd arall.
       *[other] Aeth { $count } o gamau y ffordd arall.
    }
progress-glance-new =
    { $count ->
        [one] Cafodd 1 cam ei ateb am y tro cyntaf.
        [two] Cafodd 2 gam eu hateb am y tro cyntaf.
       *[other] Cafodd { $count } o gamau eu hateb am y tro cyntaf.
    }
progress-group-none = Does dim byd wedi'i ateb yma eto.
progress-group-unanswered =
    { $count ->
        [one] Mae 1 cam yma heb ei ateb eto.
        [two] Mae 2 gam yma heb eu hateb eto.
       *[other] Mae { $count } o gamau yma heb eu hateb eto.
    }
progress-latest-lead = Yr ateb diweddaraf ar gyfer pob cam, yn safbwynt:
progress-picture-caption = Mae'r tablau isod yn dweud yr un peth mewn geiriau.
progress-col-move = Cam
progress-col-latest = Ateb diweddaraf
progress-col-from = O wiriad

progress-compare-heading = Cymharu dau wiriad
progress-compare-too-few = Mae gan y safbwynt hwn lai na dau wiriad, felly does dim byd i'w gymharu eto.
progress-compare-a = Gwiriad cynharach
progress-compare-b = Gwiriad diweddarach
progress-compare-submit = Cymharu
progress-filter-legend = Pa gamau i'w dangos
progress-filter-all = Pob cam
progress-filter-changed = Dim ond y camau a newidiodd
progress-compare-between = Yn cymharu gwiriad
progress-compare-and = â gwiriad
progress-compare-nothing-changed = Newidiodd dim byd rhwng y ddau wiriad hyn.
progress-col-then = Bryd hynny
progress-col-now = Nawr
progress-col-change = Beth newidiodd

progress-direction-towards = Tuag at fynd yn dda
progress-direction-away = I ffwrdd o fynd yn dda
progress-direction-same = Dim newid
progress-direction-set-aside = Wedi'i roi o'r neilltu am y tro
progress-direction-taken-up = Wedi'i godi eto
progress-direction-newly-answered = Wedi'i ateb am y tro cyntaf
progress-direction-not-answered-now = Heb ei ateb y tro hwn
progress-direction-never-answered = Heb ei ateb y naill dro na'r llall
progress-symbol-towards = ↑
progress-symbol-away = ↓
progress-symbol-same = =
progress-symbol-set-aside = ⇢
progress-symbol-taken-up = ⇠
progress-symbol-newly-answered = +
progress-symbol-not-answered-now = ?
progress-symbol-never-answered = ·

progress-counts-heading = Niferoedd ym mhob adran dros amser
    .family = Faint o gamau ym mhob rhan, dros amser
progress-counts-lead = Ar gyfer pob gwiriad, yr hynaf yn gyntaf: faint o gamau pob adran oedd yn eu lle, yno'n rhannol, ddim eto, ddim am y tro, neu heb eu hateb.
    .family = Ar gyfer pob gwiriad, yr hynaf yn gyntaf: faint o gamau ym mhob rhan oedd yn eu lle, yno'n rhannol, ddim eto, ddim am y tro, neu heb eu hateb.
progress-chart-caption = Mae'r tablau isod yn dweud yr un peth mewn rhifau.
progress-col-check = Gwiriad

progress-timeline-heading = Beth ddigwyddodd, y diweddaraf yn gyntaf
progress-timeline-empty = Dim byd eto: dim gwiriadau, a dim cynlluniau y gallwch eu gweld.
progress-timeline-check = Gwiriad wedi'i ddechrau gan { $by }. Safbwyntiau a rannwyd y gallwch eu gweld: { $views }.
progress-timeline-plan = Cynllun wedi'i ddechrau gan { $by }. Camau i weithio arnyn nhw: { $moves }.
progress-timeline-review-carried = Cynllun wedi'i adolygu gan { $by }. Mae'n parhau, gyda'r adolygiad nesaf ar { $next }.
progress-timeline-review-closed = Cynllun wedi'i adolygu gan { $by }, ac wedi gorffen.
progress-timeline-check-link = gwiriad { $day } a wnaed ar gyfer yr adolygiad hwn
progress-timeline-open-check = Agor y gwiriad
progress-timeline-open-plan = Agor y cynllun

progress-error-whose = Dydy hwnnw ddim yn un o'r safbwyntiau y gallwch eu gweld. Mae'r dudalen yn dangos y cyntaf yn lle hynny.
progress-error-not-a-check = Dydy hwnnw ddim yn wiriad. Dewiswch y ddau wiriad o'r rhestrau.
progress-error-not-in-series = Dydy'r gwiriad hwnnw ddim yn un o wiriadau'r cylch hwn gyda'r safbwynt hwn. Dewiswch y ddau wiriad o'r rhestrau.
progress-error-same-check = Dewiswch ddau wiriad gwahanol i'w cymharu.

## Reviews linked to checks (on the plan's review form and page)

progress-review-check-label = Y gwiriad a wnaed ar gyfer yr adolygiad hwn (os oedd un)
progress-review-check-hint = Fel arfer mae gwiriad newydd gydag adolygiad. Dewiswch ef, fel bod y cynllun a'r dudalen gynnydd yn dangos y cysylltiad.
progress-review-check-none = Dim gwiriad ar gyfer yr adolygiad hwn
progress-review-check-option = Gwiriad { $day }, wedi'i ddechrau gan { $by }
progress-review-check-unknown = Dydy hwnnw ddim yn un o wiriadau'r cylch hwn. Dewiswch un o'r rhestr, neu ddim un.
progress-review-check-done = Y gwiriad a wnaed ar gyfer yr adolygiad hwn:
