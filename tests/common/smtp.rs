//! A real SMTP server on loopback that keeps what it receives: the app's
//! mail goes out through its real SMTP client and arrives here, where tests
//! read it back. It speaks what a client needs (EHLO/HELO, MAIL, RCPT,
//! DATA, RSET, NOOP, QUIT) and can refuse messages for a while, as a mail
//! server having a bad night does.

use base64::Engine;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    /// Headers and body, as sent (dot-stuffing undone).
    pub data: String,
}

impl Mail {
    /// A header's value, its folded lines joined (RFC 5322).
    pub fn header(&self, name: &str) -> Option<String> {
        let (head, _) = self.data.split_once("\r\n\r\n")?;
        let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
        let prefix = format!("{}:", name.to_ascii_lowercase());
        unfolded.split("\r\n").find(|l| l.to_ascii_lowercase().starts_with(&prefix)).map(|l| l[prefix.len()..].trim().to_owned())
    }

    /// The subject as a mail program shows it: words outside ASCII are sent encoded (RFC 2047).
    pub fn subject(&self) -> String {
        encoded_words(&self.header("Subject").unwrap_or_default())
    }

    /// The body, decoded from whichever transfer encoding the client chose.
    pub fn body(&self) -> String {
        let body = self.data.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or_default();
        match self.header("Content-Transfer-Encoding").unwrap_or_default().to_ascii_lowercase().as_str() {
            "base64" => {
                let joined: String = body.split_whitespace().collect();
                String::from_utf8(base64::engine::general_purpose::STANDARD.decode(joined).expect("base64 body")).expect("utf-8 body")
            }
            "quoted-printable" => quoted_printable(body),
            _ => body.replace("\r\n", "\n"),
        }
    }

    /// The first link in the body that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> String {
        let body = self.body();
        let start = body.find(prefix).unwrap_or_else(|| panic!("no {prefix} link in: {body}"));
        body[start..].split_whitespace().next().unwrap().to_owned()
    }
}

fn quoted_printable(s: &str) -> String {
    let mut out = Vec::new();
    let bytes = s.replace("=\r\n", "").into_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).expect("quoted-printable escape"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf-8 body").replace("\r\n", "\n")
}

#[derive(Default)]
struct State {
    mails: Vec<Mail>,
    /// Messages still to refuse with a "try again later".
    refuse: u32,
    refused: u32,
}

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    state: Arc<Mutex<State>>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State::default()));
        let shared = state.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(session(socket, shared.clone()));
            }
        });
        Self { port, state }
    }

    /// Settings for an app that sends here.
    pub fn configure(&self, settings: &mut mistvine::infra::settings::Settings) {
        settings.smtp_host = Some("127.0.0.1".into());
        settings.smtp_port = Some(self.port);
        settings.smtp_tls = mistvine::infra::settings::SmtpTls::None;
        settings.mail_from = Some("Mistvine <okr@example.com>".into());
        settings.mail_poll_ms = 20;
    }

    /// Answers the next `n` messages with 451 (try again later).
    pub fn refuse_next(&self, n: u32) {
        self.state.lock().unwrap().refuse = n;
    }

    pub fn refused(&self) -> u32 {
        self.state.lock().unwrap().refused
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.state.lock().unwrap().mails.clone()
    }

    /// The mails sent to `to`.
    pub fn to(&self, to: &str) -> Vec<Mail> {
        self.mails().into_iter().filter(|m| m.to.iter().any(|t| t == to)).collect()
    }

    /// Waits for the `n`-th mail to `to` (counting from 1) and returns it.
    pub async fn nth_to(&self, to: &str, n: usize) -> Mail {
        for _ in 0..1000 {
            if let Some(mail) = self.to(to).into_iter().nth(n - 1) {
                return mail;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("expected {n} mails to {to}, got: {:#?}", self.to(to).iter().map(Mail::subject).collect::<Vec<_>>());
    }

    /// Waits for a mail to `to` with a link containing `part`; returns the
    /// newest such link.
    pub async fn link_to(&self, to: &str, part: &str) -> String {
        for _ in 0..1000 {
            let links: Vec<String> =
                self.to(to).iter().filter_map(|m| m.body().split_whitespace().find(|w| w.contains(part)).map(str::to_owned)).collect();
            if let Some(link) = links.last() {
                return link.clone();
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("no mail to {to} with a {part} link: {:#?}", self.to(to).iter().map(Mail::subject).collect::<Vec<_>>());
    }

    /// Waits until at least `n` mails have arrived (the app sends in the
    /// background), then returns them all.
    pub async fn wait_for(&self, n: usize) -> Vec<Mail> {
        for _ in 0..1000 {
            let mails = self.mails();
            if mails.len() >= n {
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("expected {n} mails, got: {:#?}", self.mails().iter().map(|m| (m.to.clone(), m.subject())).collect::<Vec<_>>());
    }
}

async fn session(socket: tokio::net::TcpStream, state: Arc<Mutex<State>>) {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read);
    let _ = write.write_all(b"220 sink.test ESMTP\r\n").await;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let command = line.trim_end().to_owned();
        let verb = command.split([' ', ':']).next().unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-sink.test\r\n250 8BITMIME\r\n",
            "HELO" | "NOOP" => b"250 ok\r\n",
            "RSET" => {
                (from, to) = (String::new(), Vec::new());
                b"250 ok\r\n"
            }
            "MAIL" => {
                from = address(&command);
                b"250 ok\r\n"
            }
            "RCPT" => {
                to.push(address(&command));
                b"250 ok\r\n"
            }
            "DATA" => {
                let _ = write.write_all(b"354 go ahead\r\n").await;
                let mut data = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let taken = std::mem::take(&mut to);
                let accepted = {
                    let mut s = state.lock().unwrap();
                    if s.refuse > 0 {
                        s.refuse -= 1;
                        s.refused += 1;
                        false
                    } else {
                        s.mails.push(Mail { from: from.clone(), to: taken, data });
                        true
                    }
                };
                if accepted {
                    b"250 ok: queued\r\n"
                } else {
                    b"451 4.3.0 try again later\r\n"
                }
            }
            "QUIT" => {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            }
            _ => b"502 not implemented\r\n",
        };
        if write.write_all(reply).await.is_err() {
            return;
        }
    }
}

fn address(command: &str) -> String {
    let start = command.find('<').map_or(0, |i| i + 1);
    let end = command[start..].find('>').map_or(command.len(), |i| start + i);
    command[start..end].to_owned()
}

/// Decodes RFC 2047 encoded words (`=?utf-8?b?w6A=?=`, `=?utf-8?q?=C3=A0?=`);
/// the space between two encoded words is not part of the text.
fn encoded_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    let mut after_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, word) = rest.split_at(start);
        let parts: Vec<&str> = word[2..].splitn(3, '?').collect();
        let Some(end) = parts.get(2).and_then(|p| p.find("?=")) else { break };
        if !(after_word && before.trim().is_empty()) {
            out.push_str(before);
        }
        let text = &parts[2][..end];
        let bytes = if parts[1].eq_ignore_ascii_case("b") {
            base64::engine::general_purpose::STANDARD.decode(text).expect("base64 word")
        } else {
            quoted_printable(&text.replace('_', " ")).into_bytes()
        };
        out.push_str(&String::from_utf8(bytes).expect("utf-8 word"));
        rest = &parts[2][end + 2..];
        after_word = true;
    }
    out.push_str(rest);
    out
}
