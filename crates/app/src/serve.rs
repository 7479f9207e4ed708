//! `moves serve`: open the database, bring it up to date, and serve until told to
//! stop. On Ctrl-C or SIGTERM, requests in flight finish and the database is
//! closed cleanly.

use crate::config::{Config, Database};
use crate::connections::Limited;
use crate::data_lock::DataLock;
use crate::database::Backend;
use anyhow::{Context, Result};
use axum_server::Handle;
use moves_core::Clock;
use moves_core::auth::session_policy::SessionPolicy;
use moves_core::auth::throttle::ThrottlePolicy;
use moves_core::auth::token::{new_setup_code, setup_code_hash};
use moves_core::clock::SystemClock;
use moves_store::Store;
use moves_web::AppState;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// How long requests in flight get to finish after a stop signal.
const GRACE: Duration = Duration::from_secs(30);

fn bind(addr: SocketAddr) -> Result<std::net::TcpListener> {
    let listener = std::net::TcpListener::bind(addr).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => anyhow::anyhow!(
            "the address {addr} is already in use (is another `moves serve` running?); stop that program or choose another address with --addr"
        ),
        std::io::ErrorKind::PermissionDenied => anyhow::anyhow!(
            "not allowed to listen on {addr}: ports below 1024 need special rights; use a port such as 8080 behind a reverse proxy"
        ),
        _ => anyhow::anyhow!("could not listen on {addr}: {e}"),
    })?;
    listener
        .set_nonblocking(true)
        .context("could not set up the listening socket")?;
    Ok(listener)
}

/// A client that takes too long to send its request's headers, or leaves a
/// kept-alive connection idle, is let go: slow clients hold nothing for long.
fn limit_slow_clients(
    builder: &mut hyper_util::server::conn::auto::Builder<hyper_util::rt::TokioExecutor>,
    config: &Config,
) {
    builder
        .http1()
        .header_read_timeout(config.header_timeout)
        .keep_alive(true);
    builder
        .http2()
        .keep_alive_interval(Some(config.header_timeout))
        .keep_alive_timeout(config.header_timeout);
}

async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// On a fresh installation, a one-time code for the setup page. Each server
/// process has its own; any of them works once.
async fn offer_setup(store: &dyn Store, config: &Config) -> Result<()> {
    if store.count_organisations().await? > 0 {
        return Ok(());
    }
    let code = new_setup_code()?;
    if store
        .add_setup_code(&setup_code_hash(&code), SystemClock.now())
        .await?
    {
        let base = config
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", config.addr));
        tracing::info!(
            "No organisation exists yet. Open {base}/setup and enter the one-time setup code {code}"
        );
        tracing::info!("(or run `moves admin create-org --name NAME --admin-email EMAIL`)");
    }
    Ok(())
}

/// Demo accounts share a password anyone may know (`moves seed-demo`): say so
/// at every start while they exist. A count only: the log holds no names.
async fn warn_about_demo_data(store: &dyn Store) -> Result<()> {
    let demo = store
        .list_organisations()
        .await?
        .iter()
        .filter(|o| o.is_demo)
        .count();
    if demo > 0 {
        tracing::warn!(
            "This installation holds demo data: {demo} demo organisation(s) whose accounts share a known password (made by `moves seed-demo`). Do not use it for real people's information."
        );
    }
    Ok(())
}

/// Removes ended sessions, old sign-in attempt counts, unclaimed kept forms,
/// used form keys and past counts of writes now and then.
async fn sweep(
    store: Arc<dyn Store>,
    ctx: moves_core::Ctx,
    policy: SessionPolicy,
    throttle: ThrottlePolicy,
) {
    let mut every = tokio::time::interval(Duration::from_secs(600));
    loop {
        every.tick().await;
        let now = SystemClock.now();
        let (idle_before, started_before) = policy.sweep_bounds(now);
        if let Err(e) = store
            .end_expired_sessions(idle_before, started_before)
            .await
        {
            tracing::warn!(error = %e, "could not sweep ended sessions");
        }
        if let Err(e) = store.sweep_attempts(throttle.sweep_before(now)).await {
            tracing::warn!(error = %e, "could not sweep old sign-in attempts");
        }
        if let Err(e) = store.sweep_kept_forms(now).await {
            tracing::warn!(error = %e, "could not sweep kept forms");
        }
        if let Err(e) = moves_core::form_key::sweep(&ctx).await {
            tracing::warn!(error = %e, "could not sweep used form keys");
        }
        if let Err(e) = moves_core::write_budget::sweep(&ctx).await {
            tracing::warn!(error = %e, "could not sweep counts of writes");
        }
    }
}

pub async fn run(config: Config) -> Result<()> {
    // The framework files are built into the binary: if they are broken, say so
    // now, file by file, rather than on the first visit to a framework page.
    moves_web::catalogue::catalogue().map_err(|errors| {
        anyhow::anyhow!(
            "the framework files built into this program have errors, so it will not start \
             (check them with `moves framework check`):\n{errors}"
        )
    })?;
    // Bind first: a taken port should fail before anything touches the data.
    let listener = bind(config.addr)?;
    let _lock = match &config.database {
        Database::Sqlite(_) => Some(DataLock::acquire(&config.data_dir)?),
        Database::Postgres(_) => None,
    };
    let backend = Backend::open_migrated(&config).await?;
    let store = backend.store();
    moves_web::catalogue::catalogue()
        .map_err(|e| anyhow::anyhow!("the shipped framework files are not valid: {e}"))?;
    let web = moves_web::WebConfig {
        keys: Some(backend.keyring()),
        ..config.web()
    };
    let throttle = web.throttle_policy;
    let state = AppState::new(
        moves_core::Ctx::new(store.clone(), Arc::new(SystemClock)),
        web,
    );
    let ctx = state.ctx.clone();
    let app = moves_web::router(state).into_make_service_with_connect_info::<SocketAddr>();

    let scheme = if config.tls.is_some() {
        "https"
    } else {
        "http"
    };
    tracing::info!(
        "Resilient Moves {} listening on {scheme}://{}",
        env!("CARGO_PKG_VERSION"),
        config.addr
    );
    tracing::info!("data: {}", backend.describe(&config));
    if let Some(url) = &config.public_url {
        tracing::info!("public address: {url}");
    }
    offer_setup(store.as_ref(), &config).await?;
    warn_about_demo_data(store.as_ref()).await?;
    tokio::spawn(sweep(store.clone(), ctx, config.session_policy, throttle));

    let handle = Handle::new();
    let shutdown = handle.clone();
    tokio::spawn(async move {
        stop_signal().await;
        tracing::info!("stopping: finishing requests in flight");
        shutdown.graceful_shutdown(Some(GRACE));
    });

    let served = match &config.tls {
        Some((cert, key)) => {
            let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key)
                .await
                .with_context(|| {
                    format!(
                        "could not load the TLS certificate {} and key {}",
                        cert.display(),
                        key.display()
                    )
                })?;
            let mut server = axum_server::from_tcp_rustls(listener, tls)?
                .map(|tls| Limited::new(tls, config.max_connections))
                .handle(handle);
            limit_slow_clients(server.http_builder(), &config);
            server.serve(app).await
        }
        None => {
            let mut server = axum_server::from_tcp(listener)?
                .map(|plain| Limited::new(plain, config.max_connections))
                .handle(handle);
            limit_slow_clients(server.http_builder(), &config);
            server.serve(app).await
        }
    };
    store.close().await;
    served.context("the server stopped with an error")?;
    tracing::info!("stopped cleanly");
    Ok(())
}
