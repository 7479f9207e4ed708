//! The home page.

use crate::i18n::Tr;
use crate::page::Layout;
use askama::Template;
use askama_web::WebTemplate;

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    pub layout: Layout,
}

pub async fn home(tr: Tr) -> HomePage {
    let title = tr.t("home-title");
    HomePage {
        layout: Layout::new(tr, title),
    }
}
