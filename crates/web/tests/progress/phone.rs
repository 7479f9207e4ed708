//! On a phone: the pictures are narrow enough that their words show at the
//! body text's size.

use super::{history, progress};
use crate::checks_support::Scene;
use axum::http::StatusCode;

/// The framework picture and the counts chart are drawn one picture per
/// compartment, each narrow enough that on a 360 px phone (328 px of page)
/// its 13-unit words show at 17 px or more, the body text's size there. One
/// picture of all five compartments was 1200 units wide: 3.5 px words.
#[tokio::test]
async fn each_compartment_is_a_picture_narrow_enough_to_read_on_a_phone() {
    let s = Scene::new().await;
    history(&s).await;
    let page = s.app.get(&progress(&s), &s.young.cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    let widths: Vec<u32> = page
        .body
        .split("<svg ")
        .skip(1)
        .map(|svg| svg.split('>').next().unwrap())
        .filter(|tag| tag.contains("class=\"progress-svg\""))
        .map(|tag| {
            let view = tag.split("viewBox=\"0 0 ").nth(1).unwrap();
            view.split(' ').next().unwrap().parse().unwrap()
        })
        .collect();
    // Five compartments, in the picture and in the chart.
    assert_eq!(widths.len(), 10, "{widths:?}");
    for w in widths {
        assert!(w * 17 <= 328 * 13, "a picture {w} units wide");
    }
}
