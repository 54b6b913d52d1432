//! Puente never uses a network. Nothing in the dependency tree may be a
//! network client or open an internet socket: this fails as soon as such a
//! crate appears in Cargo.lock (for any target), so adding one is a
//! decision someone has to make here, on purpose.
//!
//! Local IPC stays allowed: the accessibility bridge and the file dialogs
//! talk to the desktop over D-Bus (`zbus`, a Unix socket on this machine).

/// HTTP and WebSocket clients, TLS stacks, DNS resolvers, QUIC, the
/// socket layers under them, and telemetry.
const NETWORK_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "h2",
    "h3",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "minreq",
    "ehttp",
    "http-req",
    "reqwless",
    "tungstenite",
    "tokio-tungstenite",
    "async-tungstenite",
    "websocket",
    "quinn",
    "quinn-proto",
    "native-tls",
    "openssl",
    "openssl-sys",
    "rustls",
    "tokio-rustls",
    "hickory-resolver",
    "hickory-proto",
    "trust-dns-resolver",
    "trust-dns-proto",
    "socket2",
    "mio",
    "tokio-util",
    "sentry",
    "opentelemetry",
    "posthog-rs",
];

fn locked_packages() -> Vec<(String, Vec<String>)> {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock is committed");
    let mut packages = Vec::new();
    for block in lock.split("[[package]]").skip(1) {
        let mut name = String::new();
        let mut deps = Vec::new();
        let mut in_deps = false;
        for line in block.lines() {
            let line = line.trim();
            if let Some(n) = line.strip_prefix("name = ") {
                name = n.trim_matches('"').to_owned();
            } else if line.starts_with("dependencies = [") {
                in_deps = true;
            } else if in_deps && line == "]" {
                in_deps = false;
            } else if in_deps {
                let dep = line.trim_matches(|c| c == '"' || c == ',');
                deps.push(dep.split(' ').next().unwrap_or_default().to_owned());
            }
        }
        packages.push((name, deps));
    }
    packages
}

#[test]
fn no_network_client_in_the_dependency_tree() {
    let packages = locked_packages();
    assert!(
        packages.len() > 100,
        "Cargo.lock was read ({} packages)",
        packages.len()
    );
    let found: Vec<&str> = packages
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| NETWORK_CRATES.contains(n))
        .collect();
    assert!(
        found.is_empty(),
        "network crates in Cargo.lock: {found:?}; Puente must work with no network, ever"
    );
}

/// tokio is in the lock only as a dependency of wasm-bindgen-futures (the
/// web target), built without its networking: it must pull in nothing
/// that could open a socket.
#[test]
fn tokio_if_present_has_no_networking() {
    let packages = locked_packages();
    if let Some((_, deps)) = packages.iter().find(|(n, _)| n == "tokio") {
        for dep in deps {
            assert!(
                !NETWORK_CRATES.contains(&dep.as_str()),
                "tokio pulls in {dep}, which opens sockets"
            );
        }
    }
}
