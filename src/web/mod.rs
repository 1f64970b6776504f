//! The staff dashboard on `anlauf serve`'s listener: server-rendered pages (askama
//! templates in `templates/`), every staff string through Fluent in the staff language,
//! sign-in with sessions in the database (so any instance serves any browser), and a
//! CSRF token on every form. Operations endpoints (`/metrics`) are here too.

mod admin;
pub mod auth;
mod bookings;
mod case;
mod directory;
mod hashing;
mod messages;
mod metrics;
mod page;
mod queue;
mod signed;
mod slots;
mod stats;

use axum::routing::{get, post};
use axum::Router;

use crate::service::Service;

/// How the dashboard and the listener under it are served.
#[derive(Debug, Clone, Default)]
pub struct WebOptions {
    /// Cookies only over HTTPS (`Secure`), also when a proxy does not say it forwards
    /// HTTPS (`X-Forwarded-Proto`).
    pub https: bool,
    /// The listener's time limits and connection cap.
    pub limits: crate::listener::Limits,
}

/// What every handler shares.
#[derive(Clone)]
pub struct Web {
    pub service: Service,
    pub options: WebOptions,
}

/// The dashboard's routes: sign-in pages open to all, everything else behind a session.
pub fn router(service: Service, options: WebOptions) -> Router {
    let web = Web { service, options };
    let signed_in = Router::new()
        .route("/", get(queue::home))
        .route("/queue", get(queue::page))
        .route("/cases/{reference}", get(case::page))
        .route("/cases/{reference}/{action}", post(case::act))
        .route("/slots", get(slots::page).post(slots::add))
        .route("/slots/{id}/remove", post(slots::remove))
        .route("/stats", get(stats::page))
        .route("/stats.csv", get(stats::csv))
        .route("/password", get(auth::password_page).post(auth::password_change))
        .route("/logout", post(auth::logout))
        .route("/admin/staff", get(admin::staff_page).post(admin::staff_add))
        .route("/admin/staff/{id}/{action}", post(admin::staff_change))
        .route("/admin/audit", get(admin::audit_page))
        .route("/admin/directory", get(directory::page))
        .route("/admin/directory.toml", get(directory::export))
        .route("/admin/offices/{id}", get(directory::office_page).post(directory::office_save))
        .route("/admin/offices/{id}/remove", post(directory::office_remove))
        .route("/admin/counsellors/{id}", get(directory::counsellor_page).post(directory::counsellor_save))
        .route("/admin/counsellors/{id}/remove", post(directory::counsellor_remove))
        .layer(axum::middleware::from_fn_with_state(web.clone(), auth::require_session));
    Router::new()
        .route("/login", get(auth::login_page).post(auth::login))
        .route("/metrics", get(metrics::metrics))
        .route("/static/dashboard.css", get(page::stylesheet))
        .merge(signed_in)
        .with_state(web)
}
