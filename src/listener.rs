//! The HTTP listener under `anlauf serve` (health check, webhook, dashboard, feeds), with
//! the limits that keep slow or idle clients from holding it: a time limit for a
//! request's headers (which also ends a kept-alive connection left idle), a time limit
//! for a whole request, a cap on open connections, and a stop that closes what is still
//! open after a grace period.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Semaphore};
use tokio::task::JoinSet;
use tower::ServiceExt;

/// What one listener allows (`[http]` in `anlauf.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Time for a request's headers to arrive, counted from the connection's opening or
    /// from the previous response: a connection that trickles its headers, or sits idle
    /// between requests for this long, is closed.
    pub header_read: Duration,
    /// Time for a whole request, its body and the answer included: past it the client
    /// gets 408 and the connection is closed.
    pub request: Duration,
    /// Connections open at once; one more is answered 503 and closed at once.
    pub max_connections: usize,
    /// On stop: how long open requests may finish before their connections are closed.
    pub grace: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits::from(&crate::config::Http::default())
    }
}

impl From<&crate::config::Http> for Limits {
    fn from(http: &crate::config::Http) -> Self {
        Limits {
            header_read: Duration::from_secs(http.header_timeout_seconds.max(1)),
            request: Duration::from_secs(http.request_timeout_seconds.max(1)),
            max_connections: http.max_connections.max(1),
            grace: Duration::from_secs(http.shutdown_grace_seconds),
        }
    }
}

/// Said to a connection over the cap, before it is closed.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nConnection: close\r\n\
Content-Type: text/plain; charset=utf-8\r\nContent-Length: 25\r\n\r\nToo many open connections";

/// Serves `router` on `listener` until `stop` turns true, then stops accepting, lets open
/// requests finish for up to `limits.grace` and closes every connection still open.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    mut stop: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            () = stopped(&mut stop) => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => {
                let (stream, _) = match accepted {
                    Ok(accepted) => accepted,
                    // Out of file descriptors, or a connection reset before it was taken:
                    // the listener itself is fine. A short pause lets descriptors free up.
                    Err(error) => {
                        tracing::warn!(%error, "could not accept a connection");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                match slots.clone().try_acquire_owned() {
                    Ok(slot) => {
                        let (router, stop) = (router.clone(), stop.clone());
                        connections.spawn(async move {
                            connection(stream, router, limits, stop).await;
                            drop(slot);
                        });
                    }
                    Err(_) => {
                        tracing::warn!(limit = limits.max_connections, "connection refused: too many open");
                        turn_away(stream);
                    }
                }
            }
        }
    }
    drop(listener);
    let closing = async { while connections.join_next().await.is_some() {} };
    if tokio::time::timeout(limits.grace, closing).await.is_err() {
        tracing::warn!(open = connections.len(), "closing connections still open after the grace period");
        connections.shutdown().await;
    }
    Ok(())
}

/// Answers 503 without waiting for the client, and closes.
fn turn_away(stream: TcpStream) {
    tokio::spawn(async move {
        let mut stream = stream;
        let _ = tokio::time::timeout(Duration::from_secs(1), stream.write_all(BUSY)).await;
    });
}

/// One connection: HTTP/1.1 with the header time limit; on stop, it finishes the request
/// in hand and closes (the caller ends it after the grace period).
async fn connection(stream: TcpStream, router: Router, limits: Limits, mut stop: watch::Receiver<bool>) {
    let service = hyper::service::service_fn(move |request: Request<hyper::body::Incoming>| {
        let router = router.clone();
        async move {
            let request = request.map(Body::new);
            match tokio::time::timeout(limits.request, router.oneshot(request)).await {
                Ok(response) => response,
                Err(_) => Ok::<Response, Infallible>(too_slow()),
            }
        }
    });
    let mut builder = http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(limits.header_read);
    let served = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(served);
    let result = tokio::select! {
        result = served.as_mut() => result,
        () = stopped(&mut stop) => {
            served.as_mut().graceful_shutdown();
            served.await
        }
    };
    if let Err(error) = result {
        // Timeouts, resets and malformed requests: the client's doing, not ours (and
        // the client's address stays out of the log).
        tracing::debug!(%error, "connection ended");
    }
}

/// Until `stop` turns true (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|stop| *stop).await;
}

fn too_slow() -> Response {
    (StatusCode::REQUEST_TIMEOUT, [(header::CONNECTION, "close")], "The request took too long").into_response()
}
