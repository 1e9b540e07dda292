//! `scratch-serve [DATA_DIR]`: serves on 127.0.0.1:2222; any user with password "rahasia".
//! Try: ssh -p 2222 ani@127.0.0.1

#[tokio::main]
async fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let path = std::path::Path::new(&dir).join("ssh_host_ed25519_key");
    let key = match scratch_serve::hostkey::load_or_create(&path) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("host key: {e:?}");
            std::process::exit(2);
        }
    };
    println!("host key {}", scratch_serve::hostkey::fingerprint(&key));
    let listener = match tokio::net::TcpListener::bind("127.0.0.1:2222").await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("listen: {e}");
            std::process::exit(2);
        }
    };
    let check: scratch_serve::PasswordCheck = std::sync::Arc::new(|_u, p| p == "rahasia");
    let no_keys: scratch_serve::KeyCheck = std::sync::Arc::new(|_u, _k| false);
    let Some((handle, task)) = scratch_serve::spawn(listener, key, check, no_keys).await else {
        std::process::exit(2);
    };
    let _ = tokio::signal::ctrl_c().await;
    handle.shutdown("server stopping".into());
    let _ = task.await;
}
