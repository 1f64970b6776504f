//! `anlauf staff add|reset|list`: dashboard accounts from the server's terminal, for the
//! first administrator and for when nobody can sign in. A one-time password is printed
//! once and stored only as its hash; it must be changed at the first sign-in.

use chrono::Utc;

use super::work::{unknown, Printed, EXIT_NOT_FOUND, EXIT_REFUSED};
use crate::cli::{StaffCommand, StaffRole};
use crate::content::Content;
use crate::secret;
use crate::store::{NewAccount, Role, StoreError};
use crate::text::Text;

fn staff(content: &Content, text: Text) -> String {
    content.i18n.render(&content.config.organisation.staff_language, &text)
}

fn plain(value: &str) -> Text {
    Text::Plain(value.to_owned())
}

pub async fn run(config: &std::path::Path, command: StaffCommand) -> anyhow::Result<Printed> {
    let content = Content::load(config)?;
    let database = match &command {
        StaffCommand::Add { database, .. } | StaffCommand::Reset { database, .. } | StaffCommand::List { database } => {
            database.database_url.clone()
        }
    };
    let store = crate::store::open(&database).await?;
    match command {
        StaffCommand::Add { name, email, role, counsellor, .. } => {
            let role = match role {
                StaffRole::Counsellor => Role::Counsellor,
                StaffRole::Admin => Role::Admin,
            };
            if let Some(id) = &counsellor {
                let known: Vec<&str> = content.config.counsellors.iter().map(|c| c.id.get_ref().as_str()).collect();
                if !known.contains(&id.as_str()) {
                    return Ok(unknown(&content, "staff-unknown-counsellor", id, &known));
                }
            }
            let (name, email) = (name.trim(), email.trim());
            if name.is_empty() || !email.contains('@') || crate::store::is_reserved_actor(name) {
                return Ok(Printed::fail(EXIT_REFUSED, staff(&content, Text::msg("staff-account-invalid"))));
            }
            let password = secret::one_time_password();
            let hash = secret::hash_password(&password).map_err(anyhow::Error::msg)?;
            let new = NewAccount { email, name, role, counsellor: counsellor.as_deref(), password_hash: &hash };
            match store.account_add(&new, Utc::now()).await {
                Ok(account) => {
                    let said = Text::msg("staff-account-added")
                        .with("name", plain(&account.name))
                        .with("email", plain(&account.email))
                        .with("role", Text::msg(format!("web-role-{}", role.as_str())));
                    Ok(Printed::out(format!("{}\n{password}\n", staff(&content, said))))
                }
                Err(StoreError::AccountExists) => {
                    let said = Text::msg("staff-account-exists").with("email", plain(email));
                    Ok(Printed::fail(EXIT_REFUSED, staff(&content, said)))
                }
                Err(error) => Err(error.into()),
            }
        }
        StaffCommand::Reset { email, .. } => {
            let Some((account, _)) = store.account_login(&email).await? else {
                let said = Text::msg("staff-account-unknown").with("email", plain(&email));
                return Ok(Printed::fail(EXIT_NOT_FOUND, staff(&content, said)));
            };
            let password = secret::one_time_password();
            let hash = secret::hash_password(&password).map_err(anyhow::Error::msg)?;
            store.account_password(account.id, &hash, true, None).await?;
            let said = Text::msg("staff-account-reset").with("email", plain(&account.email));
            Ok(Printed::out(format!("{}\n{password}\n", staff(&content, said))))
        }
        StaffCommand::List { .. } => {
            let accounts = store.accounts().await?;
            if accounts.is_empty() {
                return Ok(Printed::out(staff(&content, Text::msg("staff-account-none")) + "\n"));
            }
            let lines: String = accounts
                .iter()
                .map(|a| {
                    let role = staff(&content, Text::msg(format!("web-role-{}", a.role.as_str())));
                    let mut line = format!("{}  {}  {role}", a.email, a.name);
                    if let Some(counsellor) = &a.counsellor {
                        line += &format!("  ({counsellor})");
                    }
                    if a.disabled {
                        line += &format!("  — {}", staff(&content, Text::msg("staff-account-disabled")));
                    }
                    line + "\n"
                })
                .collect();
            Ok(Printed::out(lines))
        }
    }
}
