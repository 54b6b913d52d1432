//! Embeds the default content pack (`content/`) in the binary and, for
//! Windows, the icon and version information of `Puente.exe`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path));
        }
    }
}

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let content = manifest.join("content");
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=assets/i18n");
    let mut files = Vec::new();
    collect(&content, &content, &mut files);
    files.sort();
    let mut code = String::from(
        "/// The default pack's files: path relative to `content/`, bytes.\npub static FILES: &[(&str, &[u8])] = &[\n",
    );
    for (rel, path) in files {
        writeln!(
            code,
            "    ({rel:?}, include_bytes!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_pack.rs");
    // A new file renamed over the old one, never the old one rewritten in
    // place: a build folder copied with hard links (`cp -al`, to share
    // built dependencies between checkouts) must not hand this checkout's
    // list of files to the other one.
    let tmp = out.with_extension("rs.tmp");
    fs::write(&tmp, code).expect("OUT_DIR is writable");
    fs::rename(&tmp, &out).expect("OUT_DIR is writable");
    windows_resource();
}

/// The icon the Explorer and the taskbar show, and the version tab of the
/// file's properties. Build scripts run on the host, so the target is read
/// from Cargo's environment, not from `cfg`.
fn windows_resource() {
    println!("cargo::rerun-if-changed=assets/icon/puente.ico");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon/puente.ico")
        .set("ProductName", "Puente")
        .set("FileDescription", "Puente")
        .set("OriginalFilename", "Puente.exe")
        .set("InternalName", "Puente")
        .set("LegalCopyright", "MIT OR Apache-2.0");
    if let Err(e) = res.compile() {
        panic!(
            "cannot embed the Windows icon and version information: {e} (windres, from mingw-w64, is needed)"
        );
    }
}
