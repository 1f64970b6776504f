//! Deploy steps and set-up: the webhook (set by an operator, never by an instance on
//! its own), the command menu per language, and deep links per office.

use teloxide::payloads::{SetMyCommandsSetters, SetWebhookSetters};
use teloxide::prelude::Requester;
use teloxide::types::BotCommand;
use teloxide::{Bot, RequestError};

use super::receive::ALLOWED;
use super::send::describe;
use super::Telegram;
use crate::dialog::input::COMMANDS;
use crate::text::Text;

impl Telegram {
    /// The commands menu, in every shipped language (and the default language for
    /// clients whose language is not shipped).
    pub async fn register_commands(&self) {
        let content = &self.service.content();
        let commands = |language: &str| -> Vec<BotCommand> {
            COMMANDS
                .iter()
                .map(|(command, id)| BotCommand::new(*command, content.i18n.render(language, &Text::msg(*id))))
                .collect()
        };
        let default = commands(&content.config.organisation.default_language);
        if let Err(failure) = self.call("setMyCommands", self.bot.set_my_commands(default)).await {
            // Telegram not reachable: one line, not one per language; set at the next start.
            tracing::warn!(?failure, "command menus not registered; they are set at the next start");
            return;
        }
        let languages = content.i18n.languages().list();
        let mut failed = Vec::new();
        for language in languages {
            let list = commands(&language.code);
            let set = self.bot.set_my_commands(list).language_code(language.code.clone());
            if self.call("setMyCommands", set).await.is_err() {
                failed.push(language.code.as_str());
            }
        }
        if !failed.is_empty() {
            tracing::warn!(
                failed = failed.len(),
                of = languages.len(),
                languages = %failed.join(","),
                "command menus not registered for some languages; they are set at the next start"
            );
        }
    }
}

/// Sets the webhook: a deploy step (`anlauf telegram set-webhook`), never done by an
/// instance on its own start.
pub async fn set_webhook(bot: &Bot, url: url::Url, secret: &str) -> Result<(), RequestError> {
    bot.set_webhook(url).secret_token(secret.to_owned()).allowed_updates(ALLOWED).await?;
    Ok(())
}

/// Fails with a clear message when a webhook is set, since long polling cannot work then
/// and deleting someone's webhook from a polling instance would break their deployment.
/// If Telegram cannot be asked, polling starts anyway and retries on its own.
pub async fn ensure_no_webhook(bot: &Bot) -> anyhow::Result<()> {
    let info = match bot.get_webhook_info().await {
        Ok(info) => info,
        Err(error) => {
            tracing::warn!(error = describe(&error), "could not check for a webhook; polling anyway");
            return Ok(());
        }
    };
    if let Some(url) = info.url {
        anyhow::bail!(
            "a webhook is set for this bot ({url}): start with --webhook-url to receive through it, \
             or remove it with `anlauf telegram delete-webhook` to use long polling"
        );
    }
    Ok(())
}

/// The deep-link payload of `/start <office>` is read by the engine; this is the link.
pub fn office_link(bot_username: &str, office: &str) -> String {
    format!("https://t.me/{bot_username}?start={office}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialog::{Command, Input};

    #[test]
    fn start_with_a_payload_reads_the_office() {
        assert_eq!(Input::from_typed("/start nord"), Input::Command(Command::Start(Some("nord".into()))));
        assert_eq!(office_link("anlauf_bot", "nord"), "https://t.me/anlauf_bot?start=nord");
    }
}
