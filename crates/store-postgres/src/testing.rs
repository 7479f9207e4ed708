//! Fresh databases for tests: every test run gets its own database on the server
//! named by `MOVES_TEST_PG_URL`, so runs never interfere and leave nothing behind.

use sqlx::Connection;
use sqlx::postgres::PgConnection;

/// The admin URL of the test server, if one is configured.
pub fn admin_url() -> Option<String> {
    std::env::var("MOVES_TEST_PG_URL")
        .ok()
        .filter(|s| !s.is_empty())
}

pub struct TestDatabase {
    admin_url: String,
    name: String,
    url: String,
}

/// The URL of another database on the same server.
pub fn with_database(admin_url: &str, database: &str) -> Result<String, String> {
    let mut url = url::Url::parse(admin_url).map_err(|e| e.to_string())?;
    url.set_path(&format!("/{database}"));
    Ok(url.to_string())
}

impl TestDatabase {
    pub async fn create(admin_url: &str) -> Result<Self, String> {
        let name = format!("moves_test_{}", uuid::Uuid::now_v7().simple());
        let mut conn = PgConnection::connect(admin_url)
            .await
            .map_err(|e| e.to_string())?;
        // The name is generated here from hex digits only, never from input.
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await
            .map_err(|e| e.to_string())?;
        conn.close().await.map_err(|e| e.to_string())?;
        let url = with_database(admin_url, &name)?;
        Ok(Self {
            admin_url: admin_url.to_owned(),
            name,
            url,
        })
    }

    /// A fresh name and its URL, without creating the database: for testing
    /// that the server creates a database that does not exist yet.
    pub fn reserve(admin_url: &str) -> Result<Self, String> {
        let name = format!("moves_test_{}", uuid::Uuid::now_v7().simple());
        let url = with_database(admin_url, &name)?;
        Ok(Self {
            admin_url: admin_url.to_owned(),
            name,
            url,
        })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Drops the database, ending any connection still open to it.
    pub async fn drop_database(self) {
        if let Ok(mut conn) = PgConnection::connect(&self.admin_url).await {
            let _ = sqlx::query(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut conn)
            .await;
            let _ = conn.close().await;
        }
    }
}
