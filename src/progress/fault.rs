//! Every file operation that saves something goes through here, so that a
//! test can make the Nth of them fail — with "no space left on device" or
//! "permission denied" — and prove that a failure at any point of a save
//! loses nothing and is reported (tests/fault_injection.rs). Values are
//! serialised for saving here too, so a test can make that fail as well.
//!
//! The plan is per thread, so tests running side by side do not disturb
//! each other; without a plan each call costs one thread-local read.

use std::cell::Cell;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// `ENOSPC` and `EACCES` on Linux, macOS and the BSDs.
pub const NO_SPACE: i32 = 28;
pub const PERMISSION_DENIED: i32 = 13;

thread_local! {
    /// (operations left before the first failing one, OS error code,
    /// how many fail in a row)
    static PLAN: Cell<Option<(usize, i32, usize)>> = const { Cell::new(None) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
    static FIRED: Cell<bool> = const { Cell::new(false) };
    /// The next serialisation on the save path fails.
    static FAIL_ENCODE: Cell<bool> = const { Cell::new(false) };
}

/// Make the next value encoded for saving fail to serialise, on this
/// thread (no type Puente saves can fail today; the save path must still
/// stop, not write an empty line, if one ever does).
pub fn fail_next_encode() {
    FAIL_ENCODE.set(true);
}

/// `value` as compact JSON, for saving.
pub fn encode<T: serde::Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    encode_point()?;
    serde_json::to_vec(value)
}

/// `value` as indented JSON, for saving.
pub fn encode_pretty<T: serde::Serialize + ?Sized>(
    value: &T,
) -> Result<Vec<u8>, serde_json::Error> {
    encode_point()?;
    serde_json::to_vec_pretty(value)
}

fn encode_point() -> Result<(), serde_json::Error> {
    if FAIL_ENCODE.replace(false) {
        return Err(serde::ser::Error::custom("injected: cannot serialise"));
    }
    Ok(())
}

/// Make the operation after the next `n` fail with the OS error `code`
/// (once), on this thread.
pub fn fail_after(n: usize, code: i32) {
    fail_run(n, code, 1);
}

/// Make `count` operations in a row fail, after the next `n`.
pub fn fail_run(n: usize, code: i32, count: usize) {
    PLAN.set(Some((n, code, count)));
    COUNT.set(0);
    FIRED.set(false);
}

/// Stop injecting. Returns how many operations were counted and whether
/// the planned failure happened.
pub fn clear() -> (usize, bool) {
    PLAN.set(None);
    (COUNT.replace(0), FIRED.replace(false))
}

/// One operation: fails if it is the planned one.
fn point() -> io::Result<()> {
    let Some((left, code, count)) = PLAN.get() else {
        return Ok(());
    };
    COUNT.set(COUNT.get() + 1);
    if left == 0 {
        PLAN.set((count > 1).then_some((0, code, count - 1)));
        FIRED.set(true);
        return Err(io::Error::from_raw_os_error(code));
    }
    PLAN.set(Some((left - 1, code, count)));
    Ok(())
}

pub fn create(path: &Path) -> io::Result<File> {
    point()?;
    File::create(path)
}

pub fn open_append(path: &Path) -> io::Result<File> {
    point()?;
    OpenOptions::new().create(true).append(true).open(path)
}

pub fn open_write(path: &Path) -> io::Result<File> {
    point()?;
    OpenOptions::new().write(true).open(path)
}

/// Write all of `bytes`. An injected failure writes half of them first,
/// as a disk that fills up in the middle of a write does.
pub fn write_all(file: &mut File, bytes: &[u8]) -> io::Result<()> {
    if let Err(e) = point() {
        let _ = file.write_all(&bytes[..bytes.len() / 2]);
        return Err(e);
    }
    file.write_all(bytes)
}

pub fn sync_all(file: &File) -> io::Result<()> {
    point()?;
    file.sync_all()
}

pub fn sync_data(file: &File) -> io::Result<()> {
    point()?;
    file.sync_data()
}

pub fn set_len(file: &File, len: u64) -> io::Result<()> {
    point()?;
    file.set_len(len)
}

pub fn rename(from: &Path, to: &Path) -> io::Result<()> {
    point()?;
    fs::rename(from, to)
}

pub fn copy(from: &Path, to: &Path) -> io::Result<u64> {
    point()?;
    fs::copy(from, to)
}

pub fn create_dir_all(path: &Path) -> io::Result<()> {
    point()?;
    fs::create_dir_all(path)
}

pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = create(path)?;
    write_all(&mut f, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_planned_operation_fails_once() {
        fail_after(2, NO_SPACE);
        assert!(point().is_ok());
        assert!(point().is_ok());
        let e = point().expect_err("the third fails");
        assert_eq!(e.kind(), io::ErrorKind::StorageFull);
        assert!(point().is_ok(), "only once");
        assert_eq!(clear(), (3, true));
        assert!(point().is_ok());
        assert_eq!(clear(), (0, false));
    }
}
