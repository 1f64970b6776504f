//! `anlauf chat`: the dialogue in a terminal. Buttons are numbered; the client types a
//! number, a button's text, free text, or a command. With a pipe instead of a terminal
//! it runs non-interactively: it echoes each line it reads after `> `, so a transcript
//! reads like the conversation, and ends at end of input.

use std::io::Write;
use std::path::PathBuf;

use chrono::Utc;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt};

use crate::dialog::input::clean_text;
use crate::dialog::Input;
use crate::domain::Channel;
use crate::service::{Handled, Service};
use crate::text::Text;

/// Longest line read as an answer; a longer one is read to its end and rejected whole,
/// so no piece of it is ever taken as the next answer.
pub const MAX_LINE: usize = 64 * 1024;

/// Where the terminal puts the files a reply carries (the `/mydata` export, a calendar
/// file): a folder the user chose (the current one by default), each file readable by
/// its owner only and named after the user, so that `/delete` finds and deletes them.
#[derive(Debug, Clone)]
pub struct Files {
    pub dir: PathBuf,
    /// The conversation's user name, as file names may carry it.
    prefix: String,
}

impl Files {
    pub fn new(dir: PathBuf, user: &str) -> Files {
        let safe: String =
            user.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
        Files { dir, prefix: format!("anlauf-{safe}-") }
    }

    /// Writes `content` as `name` (mode 0600): to a new file beside it first, then renamed
    /// over, so that a file or link already there is replaced, never written through.
    fn write(&self, name: &str, content: &[u8]) -> std::io::Result<PathBuf> {
        use std::os::unix::fs::OpenOptionsExt;
        let path = self.dir.join(format!("{}{name}", self.prefix));
        let aside = self.dir.join(format!(".{}{name}.{}", self.prefix, std::process::id()));
        let mut out = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&aside)?;
        out.write_all(content)?;
        out.sync_all()?;
        std::fs::rename(&aside, &path)?;
        Ok(path)
    }

    /// Deletes every file written for this user; the names of those deleted.
    fn delete_all(&self) -> std::io::Result<Vec<PathBuf>> {
        let mut deleted = Vec::new();
        for entry in std::fs::read_dir(&self.dir)? {
            let entry = entry?;
            let named = entry.file_name().to_str().is_some_and(|n| n.starts_with(&self.prefix));
            if named && entry.file_type()?.is_file() {
                std::fs::remove_file(entry.path())?;
                deleted.push(entry.path());
            }
        }
        Ok(deleted)
    }
}

#[allow(clippy::too_many_arguments)]
pub async fn run(
    service: &Service,
    user: &str,
    language: Option<&str>,
    mut input: impl AsyncBufRead + Unpin,
    output: &mut impl Write,
    interactive: bool,
    files: &Files,
) -> anyhow::Result<()> {
    let i18n = &service.content().i18n;
    // An explicit --lang wins over the language of a conversation already under way.
    let chosen = language.map(|tag| (tag, i18n.best_match(tag)));
    let first = match &chosen {
        Some((_, Some(code))) => Input::SwitchLanguage(code.clone()),
        _ => Input::Resume,
    };
    let handled = service.handle(Channel::Terminal, user, language, first, Utc::now()).await;
    let hint = i18n.render(&handled.language, &Text::msg("terminal-hint"));
    writeln!(output, "({hint})\n")?;
    if let Some((tag, None)) = chosen {
        let unknown = Text::msg("language-unknown").with("tag", Text::Plain(tag.to_owned()));
        writeln!(output, "{}\n", i18n.render(&handled.language, &unknown))?;
    }
    draw(output, &handled, files)?;
    let mut buffer = Vec::new();
    loop {
        if interactive {
            write!(output, "> ")?;
        }
        output.flush()?;
        let Some((line, length)) = read_line(&mut input, &mut buffer).await? else { return Ok(()) };
        if !interactive {
            let shown = match &line {
                Input::TooLong => format!("[{length} bytes]"),
                _ => clean_text(&String::from_utf8_lossy(&buffer)),
            };
            writeln!(output, "> {shown}\n")?;
        }
        let handled = service.handle(Channel::Terminal, user, language, line, Utc::now()).await;
        draw(output, &handled, files)?;
    }
}

/// Reads one line into `buffer` and returns it with its length in bytes: `None` at end of
/// input, [`Input::TooLong`] for a line over [`MAX_LINE`] bytes, read to its end and
/// dropped (the buffer never grows past the limit).
async fn read_line(
    input: &mut (impl AsyncBufRead + Unpin),
    buffer: &mut Vec<u8>,
) -> std::io::Result<Option<(Input, usize)>> {
    buffer.clear();
    let read = (&mut *input).take(MAX_LINE as u64 + 1).read_until(b'\n', buffer).await?;
    if read == 0 {
        return Ok(None);
    }
    if buffer.last() != Some(&b'\n') && buffer.len() > MAX_LINE {
        let mut total = buffer.len();
        loop {
            let chunk = input.fill_buf().await?;
            if chunk.is_empty() {
                break;
            }
            match chunk.iter().position(|b| *b == b'\n') {
                Some(end) => {
                    total += end + 1;
                    input.consume(end + 1);
                    break;
                }
                None => {
                    let n = chunk.len();
                    total += n;
                    input.consume(n);
                }
            }
        }
        buffer.clear();
        return Ok(Some((Input::TooLong, total)));
    }
    let line = String::from_utf8_lossy(buffer);
    let line = line.strip_suffix('\n').unwrap_or(&line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    Ok(Some((Input::from_typed(line), read)))
}

fn draw(output: &mut impl Write, handled: &Handled, files: &Files) -> std::io::Result<()> {
    if handled.erased {
        for path in files.delete_all()? {
            writeln!(output, "  🗑 {}", path.display())?;
        }
    }
    // Replies meant for later (reminders) have no later in a terminal session.
    for reply in handled.replies.iter().filter(|r| r.later.is_none()) {
        writeln!(output, "{}", reply.text)?;
        let mut number = 0;
        for row in &reply.buttons {
            let cells: Vec<String> = row
                .iter()
                .map(|button| {
                    number += 1;
                    format!("[{number}] {}", button.label)
                })
                .collect();
            writeln!(output, "  {}", cells.join("   "))?;
        }
        let nav: Vec<String> =
            reply.nav.iter().map(|b| format!("{} {}", b.command.unwrap_or_default(), b.label)).collect();
        if !nav.is_empty() {
            writeln!(output, "  {}", nav.join("   "))?;
        }
        if let Some(file) = &reply.file {
            // The terminal cannot attach a file: it is written where the user can open it.
            let path = files.write(&file.name, file.content.as_bytes())?;
            writeln!(output, "  📎 {}", path.display())?;
        }
        writeln!(output)?;
    }
    Ok(())
}
