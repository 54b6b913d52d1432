//! A new folder for an export of many files (the xAPI statements), beside
//! what is there and never into an older export.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::StoreError;

/// Create `parent/name`, or `name-2`, `name-3`… when it exists: a folder
/// no earlier export wrote to. Returns its path.
pub fn new_folder(parent: &Path, name: &str) -> Result<PathBuf, StoreError> {
    for n in 1..=1000 {
        let path = if n == 1 {
            parent.join(name)
        } else {
            parent.join(format!("{name}-{n}"))
        };
        match std::fs::create_dir(&path) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
            Err(e) => return Err(StoreError::io("create", &path, e)),
        }
    }
    Err(StoreError::io(
        "create",
        &parent.join(name),
        std::io::Error::from(ErrorKind::AlreadyExists),
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_existing_folder_is_never_reused() {
        let tmp = tempfile::tempdir().expect("temp");
        let first = super::new_folder(tmp.path(), "xapi").expect("made");
        let second = super::new_folder(tmp.path(), "xapi").expect("made");
        assert_eq!(first, tmp.path().join("xapi"));
        assert_eq!(second, tmp.path().join("xapi-2"));
        let file = tmp.path().join("a-file");
        std::fs::write(&file, b"x").expect("write");
        assert!(super::new_folder(&file, "xapi").is_err());
    }
}
