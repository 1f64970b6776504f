//! Signing in and out: sessions in the database behind an HttpOnly, SameSite=Strict
//! cookie (Secure over HTTPS), a CSRF token on every form (checked here for every
//! POST, before any handler runs), throttled sign-in attempts, and the password change
//! a one-time password demands.

use askama::Template;
use axum::body::Body;
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use axum::{Extension, Form};
use chrono::{TimeDelta, Utc};
use serde::Deserialize;

use super::page::{self, Frame, Tr};
pub use super::signed::Signed;
use super::{hashing, Web};
use crate::secret;
use crate::store::AuditEntry;
use crate::text::Text;

/// The session cookie's name.
pub const COOKIE: &str = "anlauf_session";
/// The cookie that carries the sign-in form's CSRF token (there is no session yet).
const LOGIN_COOKIE: &str = "anlauf_login";
/// A session lasts a working day.
const SESSION: TimeDelta = TimeDelta::hours(10);
/// Failed sign-ins for one login within this window (and kept no longer)...
pub const THROTTLE_WINDOW: TimeDelta = TimeDelta::minutes(1);
/// ...after which the next attempt is refused without looking at the password.
const THROTTLE_AFTER: i64 = 5;
/// New passwords are at least this long.
pub const PASSWORD_MIN: usize = 12;
/// Forms are small; anything bigger is refused before it is read.
const FORM_LIMIT: usize = 64 * 1024;

/// Writes an audit line; a failure is logged (the action it records is done already).
pub async fn audited(web: &Web, entry: &AuditEntry) {
    if let Err(error) = web.service.store.audit(entry).await {
        tracing::error!(%error, action = %entry.action, "an audit line could not be written");
    }
}

/// The value of a cookie the browser sent.
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

fn https(web: &Web, headers: &HeaderMap) -> bool {
    web.options.https || headers.get("x-forwarded-proto").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Secure over HTTPS; `None` clears it.
fn set_cookie(name: &str, value: Option<&str>, max_age: TimeDelta, https: bool) -> HeaderValue {
    let (value, max_age) = match value {
        Some(value) => (value, max_age.num_seconds()),
        None => ("", 0),
    };
    let secure = if https { "; Secure" } else { "" };
    let cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A path of this site to go on to after signing in; anything else goes to the queue.
/// Only the characters of this site's own paths pass: no whitespace or control
/// character a browser would drop (`/\t/elsewhere` is `//elsewhere` to it), no `//`.
fn local_path(next: Option<&str>) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/_.?=&%#-".contains(c);
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && path.chars().all(plain) => path.to_owned(),
        _ => "/queue".to_owned(),
    }
}

/// Longest login and password looked at; longer ones are wrong without hashing them.
const LOGIN_MAX: usize = 254;
const PASSWORD_MAX: usize = 1024;

/// A password's hash, for a staff action (a new account, a reset): refused with a
/// message when sign-in attempts fill the hashing places.
pub async fn hash(password: &str) -> Result<String, String> {
    let ticket = hashing::admit().await.map_err(|busy| busy.to_string())?;
    ticket.hash(password).await
}

/// Sign-in attempts fill the hashing places: 503, try again in a few seconds.
fn busy(web: &Web, signed: Option<&Signed>) -> Response {
    tracing::warn!("dashboard: password hashing busy, an attempt was turned away");
    let mut response = page::problem(web, signed, StatusCode::SERVICE_UNAVAILABLE, &Text::msg("web-login-busy"));
    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    response
}

fn database_down(web: &Web, signed: Option<&Signed>, error: &crate::store::StoreError) -> Response {
    page::database_down(web, signed, "sign-in", error)
}

/// Lets a request through only with a live session, and a POST only with the session's
/// CSRF token; an account with a one-time password may only change it (or sign out).
pub async fn require_session(State(web): State<Web>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    // Where to come back to after signing in: the page asked for (a form goes to the queue).
    let wanted = match (request.method() == Method::GET, request.uri().path_and_query()) {
        (true, Some(wanted)) => wanted.as_str().to_owned(),
        _ => "/queue".to_owned(),
    };
    let to_login = move || page::redirect(&format!("/login?next={}", encode(&wanted)));
    let Some(token) = cookie(request.headers(), COOKIE) else { return to_login() };
    let token_hash = secret::digest(&token);
    let session = match web.service.store.session(&token_hash, Utc::now()).await {
        Ok(Some(session)) => session,
        Ok(None) => return to_login(),
        Err(error) => return database_down(&web, None, &error),
    };
    let signed = Signed { account: session.account, csrf: session.csrf, token_hash };
    if signed.account.must_change && path != "/password" && path != "/logout" {
        return page::redirect("/password");
    }
    let mut request = request;
    if request.method() == Method::POST {
        let (parts, body) = request.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT).await else {
            let message = Text::msg("web-form-too-big");
            return page::problem(&web, Some(&signed), StatusCode::PAYLOAD_TOO_LARGE, &message);
        };
        let given = form_urlencoded::parse(&bytes).find(|(key, _)| key == "csrf").map(|(_, v)| v.into_owned());
        if !given.is_some_and(|given| secret::constant_time_eq(given.as_bytes(), signed.csrf.as_bytes())) {
            tracing::warn!("dashboard: a form without this session's CSRF token was refused");
            return page::problem(&web, Some(&signed), StatusCode::FORBIDDEN, &Text::msg("web-csrf"));
        }
        request = Request::from_parts(parts, Body::from(bytes));
    }
    request.extensions_mut().insert(signed);
    page::guarded(next.run(request).await)
}

/// Percent-encodes a path for a query parameter.
fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    csrf: String,
    next: String,
    email: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

/// The sign-in form with its CSRF token, the same token in its cookie: the browser's
/// token if it has one (so that two sign-in tabs, or a request the browser makes on its
/// own in between, do not spoil each other's form), a fresh one otherwise.
fn login_response(
    web: &Web,
    headers: &HeaderMap,
    status: StatusCode,
    next: String,
    email: String,
    error: Option<String>,
) -> Response {
    let kept = cookie(headers, LOGIN_COOKIE).filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()));
    let csrf = kept.unwrap_or_else(secret::token);
    let content = web.service.content();
    let page = LoginPage { tr: Tr::new(&content), frame: None, csrf: csrf.clone(), next, email, error };
    let mut response = page::html(status, page);
    let cookie = set_cookie(LOGIN_COOKIE, Some(&csrf), TimeDelta::hours(1), https(web, headers));
    response.headers_mut().append(header::SET_COOKIE, cookie);
    response
}

pub async fn login_page(State(web): State<Web>, headers: HeaderMap, Query(query): Query<LoginQuery>) -> Response {
    login_response(&web, &headers, StatusCode::OK, local_path(query.next.as_deref()), String::new(), None)
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    csrf: String,
    next: Option<String>,
}

pub async fn login(State(web): State<Web>, headers: HeaderMap, Form(form): Form<LoginForm>) -> Response {
    let content = web.service.content();
    let tr = Tr::new(&content);
    let next = local_path(form.next.as_deref());
    let expected = cookie(&headers, LOGIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !secret::constant_time_eq(form.csrf.as_bytes(), expected.as_bytes()) {
        let error = Some(tr.t("web-login-expired"));
        return login_response(&web, &headers, StatusCode::FORBIDDEN, next, form.email, error);
    }
    let store = &web.service.store;
    let login = form.email.trim().to_lowercase();
    let now = Utc::now();
    let since = now - THROTTLE_WINDOW;
    let wrong = |web: &Web, headers: &HeaderMap, next: String, email: String| {
        login_response(web, headers, StatusCode::UNAUTHORIZED, next, email, Some(tr.t("web-login-wrong")))
    };
    if login.chars().count() > LOGIN_MAX || form.password.len() > PASSWORD_MAX {
        return wrong(&web, &headers, next, String::new());
    }
    // A place among the attempts in hand, before anything is read or written: a flood is
    // turned away here at once.
    let Ok(ticket) = hashing::admit().await else { return busy(&web, None) };
    // The attempt counts before its password is checked, so that attempts made at the
    // same moment count each other; a right password takes it back.
    let attempt = match store.login_attempt(&secret::login_key(&login), now, since).await {
        Ok((_, count)) if count > THROTTLE_AFTER => {
            tracing::warn!("dashboard: sign-in throttled after repeated wrong passwords");
            let error = Some(tr.t("web-login-throttled"));
            return login_response(&web, &headers, StatusCode::TOO_MANY_REQUESTS, next, form.email, error);
        }
        Ok((attempt, _)) => attempt,
        Err(error) => return database_down(&web, None, &error),
    };
    let found = match store.account_login(&login).await {
        Ok(found) => found,
        Err(error) => return database_down(&web, None, &error),
    };
    let account = match found {
        Some((account, hash)) => {
            if ticket.verify(&form.password, &hash).await && !account.disabled {
                account
            } else {
                // The login names an account: the failure is worth an audit line.
                audited(
                    &web,
                    &AuditEntry {
                        at: now,
                        actor: account.name.clone(),
                        action: "sign_in_failed".into(),
                        subject: None,
                        detail: None,
                    },
                )
                .await;
                return wrong(&web, &headers, next, form.email);
            }
        }
        None => {
            // As long as a wrong password takes: an unknown login is not told apart. What
            // was typed is not recorded (it may be a password typed in the wrong field).
            ticket.verify_unknown(&form.password).await;
            return wrong(&web, &headers, next, form.email);
        }
    };
    if let Err(error) = store.login_forget(attempt).await {
        return database_down(&web, None, &error);
    }
    let (token, csrf) = (secret::token(), secret::token());
    if let Err(error) = store.session_start(&secret::digest(&token), account.id, &csrf, now, now + SESSION).await {
        return database_down(&web, None, &error);
    }
    let entry =
        AuditEntry { at: now, actor: account.name.clone(), action: "sign_in".into(), subject: None, detail: None };
    audited(&web, &entry).await;
    let https = https(&web, &headers);
    let mut response = page::redirect(if account.must_change { "/password" } else { &next });
    response.headers_mut().append(header::SET_COOKIE, set_cookie(COOKIE, Some(&token), SESSION, https));
    response.headers_mut().append(header::SET_COOKIE, set_cookie(LOGIN_COOKIE, None, TimeDelta::zero(), https));
    response
}

pub async fn logout(State(web): State<Web>, headers: HeaderMap, Extension(signed): Extension<Signed>) -> Response {
    let store = &web.service.store;
    if let Err(error) = store.session_end(&signed.token_hash).await {
        return database_down(&web, Some(&signed), &error);
    }
    audited(&web, &signed.audit("sign_out", None, None)).await;
    let mut response = page::redirect("/login");
    response
        .headers_mut()
        .append(header::SET_COOKIE, set_cookie(COOKIE, None, TimeDelta::zero(), https(&web, &headers)));
    // Whatever the browser kept of this site goes too.
    response.headers_mut().insert("clear-site-data", HeaderValue::from_static("\"cache\""));
    response
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    must_change: bool,
    error: Option<String>,
    minimum: i64,
}

fn password_form(web: &Web, signed: &Signed, status: StatusCode, error: Option<String>) -> Response {
    let content = web.service.content();
    let tr = Tr::new(&content);
    let page = PasswordPage {
        tr,
        frame: Some(Frame::new(signed, "password")),
        must_change: signed.account.must_change,
        error,
        minimum: PASSWORD_MIN as i64,
    };
    page::html(status, page)
}

pub async fn password_page(State(web): State<Web>, Extension(signed): Extension<Signed>) -> Response {
    password_form(&web, &signed, StatusCode::OK, None)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current: String,
    new: String,
    repeat: String,
}

pub async fn password_change(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Form(form): Form<PasswordForm>,
) -> Response {
    let content = web.service.content();
    let tr = Tr::new(&content);
    let store = &web.service.store;
    let hash = match store.account_login(&signed.account.email).await {
        Ok(Some((_, hash))) => hash,
        Ok(None) => return page::redirect("/login"),
        Err(error) => return database_down(&web, Some(&signed), &error),
    };
    let Ok(ticket) = hashing::admit().await else { return busy(&web, Some(&signed)) };
    let too_long = form.current.len() > PASSWORD_MAX || form.new.len() > PASSWORD_MAX;
    let refused = if too_long || !ticket.verify(&form.current, &hash).await {
        Some(tr.t("web-password-wrong"))
    } else if form.new.chars().count() < PASSWORD_MIN {
        Some(tr.n("web-password-short", "count", &(PASSWORD_MIN as i64)))
    } else if form.new != form.repeat {
        Some(tr.t("web-password-mismatch"))
    } else if form.new == form.current {
        Some(tr.t("web-password-same"))
    } else {
        None
    };
    if let Some(error) = refused {
        return password_form(&web, &signed, StatusCode::UNPROCESSABLE_ENTITY, Some(error));
    }
    let new_hash = match ticket.hash(&form.new).await {
        Ok(hash) => hash,
        Err(error) => {
            tracing::error!(%error, "a password could not be hashed");
            return page::problem(&web, Some(&signed), StatusCode::INTERNAL_SERVER_ERROR, &Text::msg("web-failed"));
        }
    };
    if let Err(error) = store.account_password(signed.account.id, &new_hash, false, Some(&signed.token_hash)).await {
        return database_down(&web, Some(&signed), &error);
    }
    audited(&web, &signed.audit("password_change", Some(&signed.account.email), None)).await;
    page::redirect("/queue")
}
