//! The docs stay true by test: every collector in the registry has its page
//! in `docs/collectors/<name>.md`, the page names every output stream, and
//! the README's collector table lists it (see docs/adding-a-collector.md).

use std::path::Path;

use mactriage_collectors::REGISTRY;

fn read(rel: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn every_collector_has_a_page_naming_its_streams_and_a_readme_row() {
    let readme = read("README.md");
    assert!(!REGISTRY.is_empty());
    for c in REGISTRY {
        let d = c.describe();
        let page = read(&format!("docs/collectors/{}.md", d.name));
        for stream in d.outputs {
            assert!(
                page.contains(&format!("parsed/{stream}.jsonl")),
                "docs/collectors/{}.md does not name parsed/{stream}.jsonl",
                d.name
            );
        }
        let row = format!("| [`{0}`](docs/collectors/{0}.md) |", d.name);
        assert!(
            readme.lines().any(|l| l.starts_with(&row)),
            "the README's collector table has no row for {}",
            d.name
        );
    }
}

#[test]
fn every_page_belongs_to_a_collector() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/collectors");
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        let Some(stem) = name.strip_suffix(".md") else {
            continue;
        };
        assert!(
            REGISTRY.iter().any(|c| c.name() == stem),
            "docs/collectors/{name} documents no collector in the registry"
        );
    }
}
