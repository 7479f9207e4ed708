//! Whose views each role is offered: never a draft, never a view shared with
//! practitioners to anyone else.

use super::{check, history, progress, view};
use crate::checks_support::{Person, Scene, plain};
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::check::AnswerStatus;
use moves_core::circle::Audience;
use moves_store::AuditQuery;

/// The values of the "whose view" choices on the page.
fn whose_options(body: &str) -> Vec<String> {
    let Some(select) = body.split("name=\"whose\"").nth(1) else {
        return Vec::new();
    };
    let select = select.split("</select>").next().unwrap();
    select
        .split("<option value=\"")
        .skip(1)
        .map(|o| o.split('"').next().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn each_role_is_offered_only_the_views_it_may_see() {
    let s = Scene::new().await;
    history(&s).await;
    let id = |p: &Person| p.member.unwrap().to_string();
    let (young, sam, pat, gran) = (id(&s.young), id(&s.worker), id(&s.parent), id(&s.supporter));
    // Written out by hand: Sam's view reaches practitioners (and the team's
    // manager); Pat's draft reaches nobody, not even Pat here.
    let expected: [(&Person, Vec<&str>); 6] = [
        (&s.young, vec!["agreed", &young, &gran]),
        (&s.parent, vec!["agreed", &young, &gran]),
        (&s.worker, vec!["agreed", &young, &sam, &gran]),
        (&s.second, vec!["agreed", &young, &sam, &gran]),
        (&s.supporter, vec!["agreed", &young, &gran]),
        (&s.manager, vec!["agreed", &young, &sam, &gran]),
    ];
    for (who, options) in &expected {
        let page = s.app.get(&progress(&s), &who.cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}: {}", who.name, page.body);
        let mut got = whose_options(&page.body);
        let mut want: Vec<String> = options.iter().map(|o| (*o).to_owned()).collect();
        got.sort();
        want.sort();
        assert_eq!(got, want, "as {}", who.name);
        // Asking for a view they may not see is named, and not shown.
        for hidden_view in [&sam, &pat] {
            if options.contains(&hidden_view.as_str()) {
                continue;
            }
            let r = s
                .app
                .get(
                    &format!("{}?whose={hidden_view}", progress(&s)),
                    &who.cookie,
                )
                .await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "as {}", who.name);
            let text = plain(&r.body);
            assert!(
                text.contains("That is not one of the views you can see"),
                "{text}"
            );
            assert!(
                !r.body
                    .contains(&format!("value=\"{hidden_view}\" selected")),
                "as {}",
                who.name
            );
        }
    }
    // The page's read is audited through the circle.
    let mut q = AuditQuery::new(AuditScope::Organisation(s.org));
    q.action = Some(AuditAction::RecordRead);
    let reads = s.app.store.list_audit(&q).await.unwrap();
    assert!(
        reads
            .iter()
            .any(|e| e.detail.as_deref() == Some("progress"))
    );
    // The nav leads here.
    let overview = s
        .app
        .get(&format!("/circles/{}", s.circle), &s.young.cookie)
        .await;
    assert!(
        overview
            .body
            .contains(&format!("href=\"{}\"", progress(&s)))
    );
}

#[tokio::test]
async fn the_practitioners_view_is_in_no_part_of_the_young_person_s_page() {
    let s = Scene::new().await;
    use AnswerStatus::*;
    let older = check(&s.app, s.org, s.circle, 60).await;
    let newer = check(&s.app, s.org, s.circle, 5).await;
    // Only Sam answers "Being brave", and only practitioners see it.
    for c in [&older, &newer] {
        view(
            &s,
            c,
            &s.young,
            Audience::WholeCircle,
            &[("basics.housing", NotYet)],
        )
        .await;
        view(
            &s,
            c,
            &s.worker,
            Audience::Practitioners,
            &[("coping.brave", InPlace)],
        )
        .await;
    }
    let sam = s.worker.member.unwrap().to_string();
    let as_young = s.app.get(&progress(&s), &s.young.cookie).await;
    assert_eq!(as_young.status, StatusCode::OK);
    let text = plain(&as_young.body);
    // Picture, table, comparison and counts are all the young person's view:
    // "Being brave" is never answered there.
    assert!(!text.contains("Being brave ● In place"), "{text}");
    assert!(!as_young.body.contains(&sam));
    let as_sam = s
        .app
        .get(&format!("{}?whose={sam}", progress(&s)), &s.worker.cookie)
        .await;
    assert_eq!(as_sam.status, StatusCode::OK);
    assert!(plain(&as_sam.body).contains("● In place"));
}
