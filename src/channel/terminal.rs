//! `anlauf chat`: the dialogue in a terminal. Buttons are numbered; the client types a
//! number, a button's text, free text, or a command. With a pipe instead of a terminal
//! it runs non-interactively: it prints each message, reads the next line, and ends at
//! end of input, so conversations can be scripted.

use std::io::Write;

use chrono::Utc;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt};

use crate::dialog::Input;
use crate::domain::Channel;
use crate::service::{Handled, Service};
use crate::text::Text;

/// Longest line read at once; anything longer is still read, in pieces, and the first
/// piece answered (the engine explains the length limit in the client's language).
const MAX_LINE: usize = 64 * 1024;

pub async fn run(
    service: &Service,
    user: &str,
    language: Option<&str>,
    mut input: impl AsyncBufRead + Unpin,
    output: &mut impl Write,
    interactive: bool,
) -> anyhow::Result<()> {
    let handled = service.handle(Channel::Terminal, user, language, Input::Resume, Utc::now()).await;
    let hint = service.content.i18n.render(&handled.language, &Text::msg("terminal-hint"));
    writeln!(output, "({hint})\n")?;
    draw(output, &handled)?;
    let mut buffer = Vec::new();
    loop {
        if interactive {
            write!(output, "> ")?;
        }
        output.flush()?;
        buffer.clear();
        let read = (&mut input).take(MAX_LINE as u64).read_until(b'\n', &mut buffer).await?;
        if read == 0 {
            return Ok(());
        }
        let line = String::from_utf8_lossy(&buffer);
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        let handled = service.handle(Channel::Terminal, user, language, Input::from_typed(line), Utc::now()).await;
        if !interactive {
            writeln!(output)?;
        }
        draw(output, &handled)?;
    }
}

fn draw(output: &mut impl Write, handled: &Handled) -> std::io::Result<()> {
    for reply in &handled.replies {
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
        writeln!(output)?;
    }
    Ok(())
}
