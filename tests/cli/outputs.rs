//! Where exports go (issue 18, D15): a file the user names is replaced
//! whole, through a link that leads to it; a terminal, a pipe or
//! `/dev/stdout` is written into, never replaced by a file.

use std::fs;
use std::process::{Command, Stdio};

#[cfg(unix)]
#[test]
fn an_export_to_dev_stdout_goes_to_the_pipe_and_a_link_stays_a_link() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().join("d");
    let s = dir.path().join("s");
    let run = |args: &[&std::ffi::OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_puente"))
            .env("LC_ALL", "en_US.UTF-8")
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("runs")
    };
    let out = run(&[
        "sample-cohort".as_ref(),
        s.as_os_str(),
        "--learners".as_ref(),
        "2".as_ref(),
    ]);
    assert!(out.status.success());
    let out = run(&[
        "import".as_ref(),
        "--data-dir".as_ref(),
        data.as_os_str(),
        s.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // stdout is a pipe here: the CSV comes through it.
    let out = run(&[
        "cohort".as_ref(),
        "--data-dir".as_ref(),
        data.as_os_str(),
        "--csv".as_ref(),
        "/dev/stdout".as_ref(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8_lossy(&out.stdout);
    assert_eq!(csv.lines().count(), 3, "a header and two learners: {csv}");
    assert!(
        fs::symlink_metadata("/dev/stdout")
            .expect("there")
            .is_symlink()
    );
    assert!(!std::path::Path::new("/dev/stdout.bak").exists());
    assert!(
        fs::metadata("/dev/null")
            .expect("there")
            .file_type()
            .is_char_device_like()
    );

    // A link to a file: the file gets the CSV; the link stays.
    let real = dir.path().join("real.csv");
    fs::write(&real, "old").expect("write");
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&real, &link).expect("link");
    let out = run(&[
        "cohort".as_ref(),
        "--data-dir".as_ref(),
        data.as_os_str(),
        "--csv".as_ref(),
        link.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(fs::symlink_metadata(&link).expect("there").is_symlink());
    assert_eq!(fs::read_to_string(&real).expect("read").lines().count(), 3);
    assert_eq!(
        fs::read_to_string(dir.path().join("real.csv.bak")).expect("kept"),
        "old"
    );
}

/// `is_char_device` under a name that reads in the assertion above.
trait CharDevice {
    fn is_char_device_like(&self) -> bool;
}

#[cfg(unix)]
impl CharDevice for fs::FileType {
    fn is_char_device_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_char_device(self)
    }
}
