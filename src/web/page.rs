//! What every page shares: the translator the templates call, the frame around a page
//! (who is signed in, the CSRF token, the navigation), and the headers every answer
//! carries (never cached, never framed, scripts and styles only from here).

use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::signed::Signed;
use super::Web;
use crate::content::Content;
use crate::store::Role;
use crate::text::Text;

/// Staff strings in the staff language, for templates: `{{ tr.t("web-queue") }}`.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    content: &'a Content,
}

impl<'a> Tr<'a> {
    pub fn new(content: &'a Content) -> Tr<'a> {
        Tr { content }
    }

    /// The organisation's name, as the header and the page titles show it.
    pub fn organisation(&self) -> &str {
        &self.content.config.organisation.name
    }

    pub fn language(&self) -> &str {
        &self.content.config.organisation.staff_language
    }

    /// A message without variables.
    pub fn t(&self, id: &str) -> String {
        self.text(&Text::msg(id))
    }

    /// A message with one text variable.
    pub fn t1(&self, id: &str, name: &'static str, value: &str) -> String {
        self.text(&Text::msg(id).with(name, Text::Plain(value.to_owned())))
    }

    /// A message with one number (plural forms).
    pub fn n(&self, id: &str, name: &'static str, value: &i64) -> String {
        self.text(&Text::msg(id).with(name, *value))
    }

    pub fn text(&self, text: &Text) -> String {
        self.content.i18n.render(self.language(), text)
    }
}

/// The frame of a signed-in page.
pub struct Frame {
    pub name: String,
    pub admin: bool,
    pub csrf: String,
    /// This page's forms' key (with each form's name): a form sent twice changes
    /// nothing the second time.
    pub form_key: String,
    /// Which navigation entry is this page: `queue`, `staff`, `audit`, `password`.
    pub current: &'static str,
}

impl Frame {
    pub fn new(signed: &Signed, current: &'static str) -> Frame {
        Frame {
            name: signed.account.name.clone(),
            admin: signed.account.role == Role::Admin,
            csrf: signed.csrf.clone(),
            form_key: crate::secret::token(),
            current,
        }
    }
}

/// A rendered page with the headers every page carries.
pub fn html(status: StatusCode, page: impl Template) -> Response {
    match page.render() {
        Ok(body) => guarded((status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()),
        Err(error) => {
            tracing::error!(%error, "a dashboard page could not be rendered");
            guarded((StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response())
        }
    }
}

/// Adds the headers every dashboard answer carries.
pub fn guarded(mut response: Response) -> Response {
    let headers = response.headers_mut();
    // Nothing a signed-in page showed is kept by the browser or a proxy: after logging
    // out, "back" shows nothing.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'; form-action 'self'"),
    );
    response
}

/// A 303 to `to` (after a form, or to the sign-in), with the same headers.
pub fn redirect(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    guarded(response)
}

#[derive(Template)]
#[template(path = "problem.html")]
struct Problem<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    title: String,
    message: String,
}

/// A page that says what went wrong, in the staff language, with the page frame when
/// someone is signed in.
pub fn problem(web: &Web, signed: Option<&Signed>, status: StatusCode, message: &Text) -> Response {
    let content = web.service.content();
    let tr = Tr::new(&content);
    let title = tr.t(&format!("web-status-{}", status.as_u16()));
    let page = Problem { tr, frame: signed.map(|s| Frame::new(s, "")), title, message: tr.text(message) };
    html(status, page)
}

/// The page staff see when the database did not answer (503): `what` the page could not
/// read or change, for the log, with the error and what to check.
pub fn database_down(web: &Web, signed: Option<&Signed>, what: &str, error: &crate::store::StoreError) -> Response {
    tracing::warn!(%error, hint = error.hint(), what, "dashboard: the database did not answer");
    problem(web, signed, StatusCode::SERVICE_UNAVAILABLE, &Text::msg("web-database-down"))
}

/// The dashboard's stylesheet (a file of its own, so the pages need no inline styles).
pub async fn stylesheet() -> Response {
    let css = include_str!("templates/dashboard.css");
    let mut response = ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], css).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("max-age=3600"));
    response
}
