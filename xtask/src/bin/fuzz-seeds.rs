//! Writes synthetic seed inputs for the fuzz targets, from the same writers
//! the tests use (`mactriage_collectors::testdata`): valid files of every
//! structure the decoders know, so that fuzzing starts from deep inside the
//! formats on any machine, real samples or not.
//!
//! ```text
//! cargo run -p xtask --bin fuzz-seeds -- [--out fuzz/corpus]
//! ```
//!
//! Writes `<out>/<target>/synthetic-*` (existing files of those names are
//! replaced, other seeds are left alone). The same run always writes the
//! same bytes.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use mactriage_collectors::formats::bookmark::keys;
use mactriage_collectors::testdata::asl::{self, Rec, Store};
use mactriage_collectors::testdata::bookmark::{self, Builder};
use mactriage_collectors::testdata::csreq;
use mactriage_collectors::testdata::keyed_archive::{sfl2, SflItem};
use mactriage_collectors::testdata::{plist as hostile, utmpx, Rng};

/// Random ASL stores and bookmarks written per target.
const RANDOM: u64 = 8;

fn main() -> Result<()> {
    let mut out = PathBuf::from("fuzz/corpus");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = PathBuf::from(args.next().context("--out needs a directory")?),
            other => bail!("unknown argument {other:?} (usage: fuzz-seeds [--out DIR])"),
        }
    }
    let mut n = 0;
    let mut seed = |target: &str, name: &str, bytes: &[u8]| -> Result<()> {
        let dir = out.join(target);
        fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        write(&dir.join(format!("synthetic-{name}")), bytes)?;
        n += 1;
        Ok(())
    };

    seed("asl", "sample.asl", &asl::sample().0)?;
    for i in 0..RANDOM {
        seed("asl", &format!("random-{i}.asl"), &random_store(i))?;
    }

    let bm = bookmark::sample();
    seed("bookmark", "sample.bookmark", &bm)?;
    for i in 0..RANDOM {
        seed(
            "bookmark",
            &format!("random-{i}.bookmark"),
            &random_bookmark(i),
        )?;
    }

    let items: Vec<SflItem> = (0..RANDOM)
        .map(|i| SflItem {
            custom_properties: vec![(
                "com.apple.LSSharedFileList.ItemIsHidden".into(),
                plist::Value::Boolean(i % 2 == 0),
            )],
            ..SflItem::new(random_bookmark(i), Rng::for_parts(&[3, i]).uuid())
        })
        .collect();
    let mut list = Vec::new();
    plist::to_writer_binary(&mut list, &sfl2(&items)).context("writing the .sfl2")?;
    seed("sfl", "list.sfl2", &list)?;
    seed("keyed_archive", "list.sfl2", &list)?;
    seed("keyed_archive", "bomb.bplist", &hostile::bomb(24))?;

    seed(
        "csreq",
        "apple.csreq",
        &csreq::blob(&csreq::identifier_and_anchor_apple("com.apple.Terminal")),
    )?;
    seed(
        "csreq",
        "generic.csreq",
        &csreq::blob(&csreq::identifier_and_anchor_apple_generic(
            "com.example.app",
        )),
    )?;
    seed(
        "csreq",
        "developer-id.csreq",
        &csreq::developer_id("com.example.app", "ABCDE12345"),
    )?;

    let run = [
        utmpx::signature(),
        utmpx::record("", [0; 4], "", 1, 2, 1_700_000_000, 0, ""),
        utmpx::record(
            "eve",
            *b"s000",
            "ttys000",
            700,
            7,
            1_700_000_060,
            5,
            "203.0.113.9",
        ),
        utmpx::record("eve", *b"s000", "ttys000", 700, 8, 1_700_000_900, 0, ""),
    ]
    .concat();
    seed("utmpx", "run.utmpx", &run)?;

    eprintln!("fuzz-seeds: {n} seeds written under {}", out.display());
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

/// A small store: a few records with table and inline strings, shared
/// strings and key/value pairs, all chosen by a generator seeded with `i`.
fn random_store(i: u64) -> Vec<u8> {
    let mut r = Rng::for_parts(&[1, i]);
    let mut b = Store::created_at(1_500_000_000 + r.below(100_000_000) as i64);
    let words = [
        "kernel",
        "powerd",
        "sshd",
        "Wake",
        "Sleep",
        "com.apple.x",
        "é",
    ];
    let mut strings: Vec<u64> = Vec::new();
    for _ in 0..1 + r.below(6) {
        let reference = if r.chance(30) {
            Store::inline(r.pick::<&str>(&words))
        } else if !strings.is_empty() && r.chance(30) {
            *r.pick(&strings)
        } else {
            let s = format!("{} {}", r.pick(&words), r.next() % 10_000);
            let off = b.string(s.as_bytes());
            strings.push(off);
            off
        };
        let pick = |r: &mut Rng| if r.chance(20) { 0 } else { reference };
        let kv = (0..r.below(3) * 2).map(|_| pick(&mut r)).collect();
        b.record(&Rec {
            message_id: r.below(1000),
            seconds: 1_500_000_000 + r.below(100_000_000) as i64,
            nanoseconds: r.below(1_000_000_000) as u32,
            level: r.below(8) as u16,
            flags: r.below(4) as u16,
            pid: r.below(100_000) as u32,
            uid: r.below(600) as i32 - 2,
            gid: r.below(100) as i32,
            read_uid: -1,
            read_gid: -1,
            ref_pid: r.below(100) as u32,
            strings: [pick(&mut r), pick(&mut r), pick(&mut r), reference, 0, 0],
            kv,
        });
    }
    b.into_bytes()
}

/// A bookmark of a path under a home, with the usual volume entries; which
/// entries, and their widths, are chosen by a generator seeded with `i`.
fn random_bookmark(i: u64) -> Vec<u8> {
    let mut r = Rng::for_parts(&[2, i]);
    let mut b = Builder::new();
    let user = *r.pick(&["alice", "bob", "sur"][..]);
    let folder = *r.pick(&["Documents", "Downloads"][..]);
    let parts = ["Users", user, folder, "file.txt"];
    let offs: Vec<u32> = parts.iter().map(|p| b.string(p)).collect();
    let path = b.array(&offs);
    b.entry(keys::PATH, path);
    let ids: Vec<u32> = (0..parts.len() as u64)
        .map(|k| {
            if r.chance(50) {
                b.i32(100 + k as i32)
            } else {
                b.i64(100 + k as i64)
            }
        })
        .collect();
    let cnids = b.array(&ids);
    b.entry(keys::CNID_PATH, cnids);
    let when = 600_000_000.0 + r.below(100_000_000) as f64;
    for (key, off) in [
        (keys::FILE_CREATION_DATE, b.date(when)),
        (keys::VOLUME_PATH, b.string("/")),
        (keys::VOLUME_NAME, b.string("Macintosh HD")),
        (keys::VOLUME_UUID, b.uuid(&bookmark::VOLUME_UUID)),
        (keys::USER_NAME, b.string(user)),
        (keys::CREATION_TIME, b.date(when + 60.0)),
    ] {
        if r.chance(80) {
            b.entry(key, off);
        }
    }
    if r.chance(25) {
        b.finish_cyclic()
    } else {
        b.finish()
    }
}
