//! What only administrators do: staff accounts (add, reset a password, disable) and
//! the audit log. A counsellor gets 403 here.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Form};
use chrono::Utc;
use serde::Deserialize;

use super::auth::Signed;
use super::page::{self, Frame, Tr};
use super::Web;
use crate::secret;
use crate::store::{Account, NewAccount, Role, StoreError};
use crate::text::Text;

/// Entries the audit page shows at most.
const AUDIT_LIMIT: i64 = 500;

pub(super) fn forbidden(web: &Web, signed: &Signed) -> Option<Response> {
    (signed.account.role != Role::Admin)
        .then(|| page::problem(web, Some(signed), StatusCode::FORBIDDEN, &Text::msg("web-admin-only")))
}

pub(super) fn unavailable(web: &Web, signed: &Signed, error: &StoreError) -> Response {
    page::database_down(web, Some(signed), "staff accounts", error)
}

#[derive(Template)]
#[template(path = "staff.html")]
struct StaffPage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    accounts: Vec<Account>,
    counsellors: Vec<(String, String)>,
    /// A one-time password just made, shown once: (for whom, the password).
    issued: Option<(String, String)>,
    error: Option<String>,
}

async fn staff_form(
    web: &Web,
    signed: &Signed,
    status: StatusCode,
    issued: Option<(String, String)>,
    error: Option<String>,
) -> Response {
    let accounts = match web.service.store.accounts().await {
        Ok(accounts) => accounts,
        Err(error) => return unavailable(web, signed, &error),
    };
    let content = &web.service.content();
    let page = StaffPage {
        tr: Tr::new(content),
        frame: Some(Frame::new(signed, "staff")),
        accounts,
        counsellors: content.config.counsellors.iter().map(|c| (c.id.get_ref().clone(), c.name.clone())).collect(),
        issued,
        error,
    };
    page::html(status, page)
}

pub async fn staff_page(State(web): State<Web>, Extension(signed): Extension<Signed>) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    staff_form(&web, &signed, StatusCode::OK, None, None).await
}

#[derive(Deserialize)]
pub struct NewAccountForm {
    name: String,
    email: String,
    role: String,
    counsellor: Option<String>,
}

pub async fn staff_add(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Form(form): Form<NewAccountForm>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let content = web.service.content();
    let tr = Tr::new(&content);
    let counsellor = form.counsellor.as_deref().map(str::trim).filter(|c| !c.is_empty());
    let (name, email) = (form.name.trim(), form.email.trim());
    let Some(role) = Role::parse(&form.role) else {
        return staff_form(&web, &signed, StatusCode::UNPROCESSABLE_ENTITY, None, Some(tr.t("web-staff-invalid")))
            .await;
    };
    if name.is_empty() || !email.contains('@') || crate::store::is_reserved_actor(name) {
        return staff_form(&web, &signed, StatusCode::UNPROCESSABLE_ENTITY, None, Some(tr.t("web-staff-invalid")))
            .await;
    }
    match add_account(&web, name, email, role, counsellor).await {
        Ok((account, password)) => {
            let entry = signed.audit("account_add", Some(&account.email), Some(role.as_str().to_owned()));
            super::auth::audited(&web, &entry).await;
            staff_form(&web, &signed, StatusCode::OK, Some((account.name, password)), None).await
        }
        Err(StoreError::AccountExists) => {
            staff_form(&web, &signed, StatusCode::CONFLICT, None, Some(tr.t("web-staff-exists"))).await
        }
        Err(error) => unavailable(&web, &signed, &error),
    }
}

/// Adds an account with a one-time password, which is returned (shown once, stored
/// only as its hash).
pub async fn add_account(
    web: &Web,
    name: &str,
    email: &str,
    role: Role,
    counsellor: Option<&str>,
) -> Result<(Account, String), StoreError> {
    let password = secret::one_time_password();
    let hash = super::auth::hash(&password).await.map_err(StoreError::Corrupt)?;
    let new = NewAccount { email, name, role, counsellor, password_hash: &hash };
    let account = web.service.store.account_add(&new, Utc::now()).await?;
    Ok((account, password))
}

pub async fn staff_change(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Path((id, action)): Path<(i64, String)>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let store = &web.service.store;
    let accounts = match store.accounts().await {
        Ok(accounts) => accounts,
        Err(error) => return unavailable(&web, &signed, &error),
    };
    let Some(account) = accounts.into_iter().find(|a| a.id == id) else {
        return page::problem(&web, Some(&signed), StatusCode::NOT_FOUND, &Text::msg("web-staff-unknown"));
    };
    let done = match action.as_str() {
        "reset" => {
            let password = secret::one_time_password();
            let hash = match super::auth::hash(&password).await {
                Ok(hash) => hash,
                Err(error) => return unavailable(&web, &signed, &StoreError::Corrupt(error)),
            };
            store.account_password(id, &hash, true, None).await.map(|()| Some((account.name.clone(), password)))
        }
        "disable" | "enable" if id == signed.account.id => {
            let message = Text::msg("web-staff-not-yourself");
            return page::problem(&web, Some(&signed), StatusCode::CONFLICT, &message);
        }
        "disable" => store.account_disable(id, true, Utc::now()).await.map(|()| None),
        "enable" => store.account_disable(id, false, Utc::now()).await.map(|()| None),
        _ => return page::problem(&web, Some(&signed), StatusCode::NOT_FOUND, &Text::msg("web-unknown-action")),
    };
    match done {
        Ok(issued) => {
            super::auth::audited(&web, &signed.audit(&format!("account_{action}"), Some(&account.email), None)).await;
            staff_form(&web, &signed, StatusCode::OK, issued, None).await
        }
        Err(error) => unavailable(&web, &signed, &error),
    }
}

pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage<'a> {
    tr: Tr<'a>,
    frame: Option<Frame>,
    subject: String,
    rows: Vec<AuditRow>,
}

#[derive(Deserialize)]
pub struct AuditQuery {
    subject: Option<String>,
}

pub async fn audit_page(
    State(web): State<Web>,
    Extension(signed): Extension<Signed>,
    Query(query): Query<AuditQuery>,
) -> Response {
    if let Some(refused) = forbidden(&web, &signed) {
        return refused;
    }
    let subject = query.subject.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let entries = match web.service.store.audit_log(subject.as_deref(), AUDIT_LIMIT).await {
        Ok(entries) => entries,
        Err(error) => return unavailable(&web, &signed, &error),
    };
    let content = &web.service.content();
    let tr = Tr::new(content);
    let tz = content.config.organisation.time_zone;
    let rows = entries
        .into_iter()
        .map(|e| AuditRow {
            at: e.at.with_timezone(&tz).format("%d.%m.%Y %H:%M:%S").to_string(),
            actor: e.actor,
            action: tr.t(&format!("web-audit-{}", e.action)),
            subject: e.subject.unwrap_or_default(),
            detail: e.detail.unwrap_or_default(),
        })
        .collect();
    let page = AuditPage { tr, frame: Some(Frame::new(&signed, "audit")), subject: subject.unwrap_or_default(), rows };
    page::html(StatusCode::OK, page)
}
