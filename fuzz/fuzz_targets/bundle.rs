//! The bundle importer on any bytes: parse as a progress bundle; if it
//! parses, merge it into a data folder twice (the second merge must add
//! nothing), read the cohort back and build the dashboard and the xAPI
//! statements. Nothing may panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use puente::cohort::{Dashboard, Filter, xapi};
use puente::content::{self, Pack};
use puente::progress::Store;
use puente::progress::bundle::Bundle;
use puente::progress::import::{OpenPack, merge, read_all};

fn pack() -> &'static Pack {
    static P: OnceLock<Pack> = OnceLock::new();
    P.get_or_init(|| {
        content::load(&content::source::embedded())
            .pack
            .expect("the built-in pack")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(bundle) = Bundle::parse(data) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(dir.path()).expect("store");
    let packs = [OpenPack {
        id: pack().info.id.to_string(),
        version: pack().info.version.clone(),
    }];
    if merge(&store, &bundle, &packs).is_ok() {
        let again = merge(&store, &bundle, &packs).expect("a second merge works");
        assert_eq!(again.added, 0, "merging twice adds nothing");
    }
    let (learners, _) = read_all(&store);
    let d = Dashboard::build(
        pack(),
        &learners,
        &Filter::default(),
        &jiff::tz::TimeZone::UTC,
    );
    let _ = puente::cohort::csv::cohort_csv(&d);
    let _ = xapi::statements(&learners, Some(pack()), &xapi::XapiOptions::default());
});
