//! A mail server for tests: it speaks just enough SMTP to accept messages over a
//! real TCP connection (so lettre's real client is exercised) and keeps them for
//! the test to read. It can also be told to refuse every message.

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    /// The whole message as sent: headers and body (quoted-printable or not).
    pub data: String,
}

pub struct SmtpSink {
    pub url: String,
    pub received: Arc<Mutex<Vec<Received>>>,
}

impl SmtpSink {
    /// A server on a free local port; `refuse` makes it answer every message
    /// with a permanent failure.
    pub async fn start(refuse: bool) -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    write.write_all(b"220 test ESMTP\r\n").await.ok();
                    let mut to = Vec::new();
                    while let Ok(Some(line)) = lines.next_line().await {
                        let upper = line.to_ascii_uppercase();
                        let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO")
                        {
                            b"250 test\r\n"
                        } else if upper.starts_with("MAIL FROM") {
                            b"250 ok\r\n"
                        } else if upper.starts_with("RCPT TO") {
                            if refuse {
                                b"550 no such mailbox\r\n"
                            } else {
                                to.push(line[8..].trim().to_owned());
                                b"250 ok\r\n"
                            }
                        } else if upper.starts_with("DATA") {
                            write.write_all(b"354 go on\r\n").await.ok();
                            let mut data = String::new();
                            while let Ok(Some(l)) = lines.next_line().await {
                                if l == "." {
                                    break;
                                }
                                data.push_str(&l);
                                data.push('\n');
                            }
                            store.lock().unwrap().push(Received {
                                to: std::mem::take(&mut to),
                                data,
                            });
                            b"250 kept\r\n"
                        } else if upper.starts_with("QUIT") {
                            write.write_all(b"221 bye\r\n").await.ok();
                            break;
                        } else {
                            b"250 ok\r\n"
                        };
                        write.write_all(reply).await.ok();
                    }
                });
            }
        });
        SmtpSink {
            url: format!("smtp://127.0.0.1:{port}"),
            received,
        }
    }

    pub fn messages(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

/// The message's text with quoted-printable soft line breaks and `=3D` undone,
/// enough to find a link in it.
pub fn plain(data: &str) -> String {
    data.replace("=\n", "").replace("=3D", "=")
}
