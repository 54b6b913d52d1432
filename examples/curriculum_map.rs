//! Print the curriculum map of the built-in pack (Markdown):
//! `cargo run --example curriculum_map -- [en|es|pt] > docs/curriculum-map.md`.

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "en".to_owned());
    let loaded = puente::content::load(&puente::content::source::embedded());
    let Some(pack) = loaded.pack else {
        eprintln!("the built-in pack does not load; run `puente check`");
        std::process::exit(1);
    };
    print!("{}", puente::content::map::curriculum_map(&pack, &lang));
}
