//! Generates a large, deterministic macOS-like root for benchmarking
//! `mactriage collect` (and AutoMacTC): the same arguments always give the
//! same file contents.
//!
//! ```text
//! cargo run --release -p xtask --bin bench-root -- --out /work/bench-root [--users 10] [--scale 1.0]
//! ```
//!
//! Per user, at scale 1: a Chrome `History` with 200,000 visits, a Safari
//! `History.db` with 100,000 visits, a Firefox `places.sqlite` with 100,000
//! visits whose last tenth sits only in its `-wal`, 20,000 quarantine events,
//! 50,000 lines of zsh extended history and about 1,000/N SharedFileList
//! items, a `knowledgeC.db` with 100,000 events, a `TCC.db` with 300
//! decisions, 500 `known_hosts` lines, 10 launch agents, and 1,000
//! downloads (with quarantine and where-from extended attributes) and 200
//! Desktop files (1 to 256 KB each). For the system: about 300 MB of ASL
//! stores, a `knowledgeC.db` with 200,000 events, a `TCC.db` with 100
//! decisions, a `utmpx` of 2,000 records, about 490 launchd jobs and their
//! programs, 40 third-party and 60 Apple applications, an FSEvents store
//! of 2,000,000 records in 400 files, 600 install-history entries, 400
//! package receipts and a 10 MB `install.log`, `SystemVersion.plist`,
//! `preferences.plist`, one dslocal account record per user and the `admin`
//! and `staff` groups, a Gatekeeper `ExecPolicy` with 20,000 scans; with
//! `--realdata DIR` (the real samples), about 1 GB of unified logs (copies
//! of the sample tracev3 with its timesync, uuidtext and dsc files),
//! XProtect's bundle and the known Wi-Fi networks. Every count, the number
//! of ASL and tracev3 files grow linearly with `--scale`. See
//! docs/performance.md for what a heavily used Mac was assumed to hold.
//!
//! The tree is written to `<out>.partial` and renamed to `<out>` when
//! complete, so an existing `<out>` is always whole.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use mactriage_collectors::testdata::asl::{Rec, Store};
use mactriage_collectors::testdata::csreq::{blob, identifier_and_anchor_apple_generic};
use mactriage_collectors::testdata::keyed_archive::{sfl2, SflItem};
use mactriage_collectors::testdata::{bookmark, utmpx, Rng};
use rusqlite::{params, Connection};
use xtask::artifacts::{
    fix_wal_salts, mkdirs, new_db, CHROME_SCHEMA, KNOWLEDGEC_SCHEMA, PLACES_SCHEMA,
    QUARANTINE_SCHEMA, SAFARI_SCHEMA, TCC_SCHEMA,
};

/// Artifact identifiers for [`Rng::for_parts`].
mod kind {
    pub const URLS: u64 = 1;
    pub const CHROME: u64 = 2;
    pub const SAFARI: u64 = 3;
    pub const FIREFOX: u64 = 4;
    pub const QUARANTINE: u64 = 5;
    pub const ZSH: u64 = 6;
    pub const SFL: u64 = 7;
    pub const ASL: u64 = 8;
    pub const KNOWLEDGE: u64 = 9;
    pub const TCC: u64 = 10;
    pub const SSH: u64 = 11;
    pub const UTMPX: u64 = 12;
    pub const FSEVENTS: u64 = 13;
    pub const FILES: u64 = 14;
    pub const SOFTWARE: u64 = 15;
    pub const DEFENCES: u64 = 16;
}

const DOMAINS: &[&str] = &[
    "www.google.com",
    "mail.google.com",
    "docs.google.com",
    "github.com",
    "gitlab.com",
    "stackoverflow.com",
    "en.wikipedia.org",
    "news.ycombinator.com",
    "www.reddit.com",
    "www.youtube.com",
    "twitter.com",
    "www.linkedin.com",
    "www.nytimes.com",
    "www.bbc.co.uk",
    "www.theguardian.com",
    "developer.apple.com",
    "support.apple.com",
    "www.apple.com",
    "crates.io",
    "docs.rs",
    "doc.rust-lang.org",
    "www.amazon.com",
    "www.ebay.com",
    "outlook.office.com",
    "teams.microsoft.com",
    "portal.azure.com",
    "console.aws.amazon.com",
    "www.dropbox.com",
    "drive.google.com",
    "slack.com",
    "app.slack.com",
    "zoom.us",
    "www.notion.so",
    "jira.example.com",
    "confluence.example.com",
    "intranet.example.com",
    "www.virustotal.com",
    "www.shodan.io",
    "pastebin.com",
    "transfer.sh",
    "mega.nz",
    "www.mozilla.org",
    "addons.mozilla.org",
    "chromewebstore.google.com",
    "www.paypal.com",
    "www.bankofamerica.com",
    "www.chase.com",
    "login.microsoftonline.com",
    "accounts.google.com",
    "www.booking.com",
    "www.airbnb.com",
    "maps.google.com",
    "www.weather.com",
    "www.espn.com",
    "www.imdb.com",
    "www.netflix.com",
    "open.spotify.com",
    "www.twitch.tv",
    "discord.com",
    "update-cdn.example.net",
];

const WORDS: &[&str] = &[
    "search",
    "results",
    "issues",
    "pull",
    "wiki",
    "docs",
    "guide",
    "release",
    "notes",
    "api",
    "reference",
    "account",
    "settings",
    "profile",
    "billing",
    "invoice",
    "report",
    "quarterly",
    "budget",
    "project",
    "roadmap",
    "design",
    "review",
    "meeting",
    "calendar",
    "inbox",
    "download",
    "install",
    "setup",
    "update",
    "security",
    "advisory",
    "patch",
    "kernel",
    "network",
    "vpn",
    "proxy",
    "certificate",
    "login",
    "signin",
    "oauth",
    "token",
    "session",
    "video",
    "watch",
    "playlist",
    "music",
    "photos",
    "album",
    "travel",
    "hotel",
    "flight",
    "weather",
    "forecast",
    "news",
    "world",
    "business",
    "technology",
    "science",
    "health",
    "sports",
    "football",
    "recipes",
    "dinner",
    "shopping",
    "cart",
    "checkout",
    "order",
    "tracking",
    "support",
    "ticket",
    "status",
    "dashboard",
    "metrics",
    "logs",
    "alerts",
    "backup",
    "restore",
];

const APPS: &[(&str, &str)] = &[
    ("com.apple.Safari", "Safari"),
    ("com.google.Chrome", "Google Chrome"),
    ("org.mozilla.firefox", "Firefox"),
    ("com.apple.mail", "Mail"),
    ("com.apple.MobileSMS", "Messages"),
    ("com.apple.AirDrop", "AirDrop"),
    ("com.tinyspeck.slackmacgap", "Slack"),
];

const FILE_EXTS: &[(&str, &str)] = &[
    ("dmg", "application/x-apple-diskimage"),
    ("pkg", "application/octet-stream"),
    ("zip", "application/zip"),
    ("pdf", "application/pdf"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("png", "image/png"),
    ("sh", "text/x-shellscript"),
];

const COMMANDS: &[&str] = &[
    "ls -la",
    "cd ~/src/project",
    "git status",
    "git pull --rebase",
    "git log --oneline -20",
    "git commit -am 'wip'",
    "git push origin main",
    "cargo build --release",
    "cargo test",
    "make -j8",
    "brew update",
    "brew upgrade",
    "brew install jq",
    "python3 -m venv .venv",
    "source .venv/bin/activate",
    "pip install -r requirements.txt",
    "npm install",
    "npm run dev",
    "docker ps",
    "docker compose up -d",
    "kubectl get pods -A",
    "ssh build@10.0.4.17",
    "scp report.pdf build@10.0.4.17:/tmp/",
    "curl -sSL https://example.com/install.sh | sh",
    "sudo launchctl list",
    "sudo lsof -i -P",
    "ps aux | grep -i agent",
    "top -o cpu",
    "vim ~/.zshrc",
    "cat /etc/hosts",
    "defaults read com.apple.finder",
    "open -a Safari",
    "networksetup -listallhardwareports",
    "ifconfig en0",
    "ping -c 3 8.8.8.8",
    "tar -czf backup.tgz Documents",
    "find . -name '*.log' -mtime -1",
    "history | tail",
    "codesign -dv /Applications/Slack.app",
    "spctl --assess -v /Applications/Zoom.app",
    "xattr -l ~/Downloads/setup.dmg",
    "security find-identity -v",
    "diskutil list",
    "hdiutil attach ~/Downloads/setup.dmg",
    "osascript -e 'display notification \"hi\"'",
];

fn title_case(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The URLs of one user's browsing (shared by the three browsers).
struct Site {
    url: String,
    title: String,
}

fn sites(user: u64, n: usize) -> Vec<Site> {
    let mut r = Rng::for_parts(&[kind::URLS, user]);
    (0..n)
        .map(|i| {
            let d = r.pick(DOMAINS);
            let (a, b) = (r.pick(WORDS), r.pick(WORDS));
            let url = match r.below(4) {
                0 => format!("https://{d}/?s={i}"),
                1 => format!("https://{d}/{a}/{b}-{i}"),
                2 => format!("https://{d}/{a}?q={b}+{}&id={i}", r.pick(WORDS)),
                _ => format!("https://{d}/{a}/{b}/{}/{i}.html", r.pick(WORDS)),
            };
            let title = format!("{} {} {i} - {d}", title_case(a), title_case(b));
            Site { url, title }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Arguments

struct Args {
    out: PathBuf,
    users: u64,
    scale: f64,
    /// The real samples (`../shared/realdata`): the unified log store, the
    /// XProtect bundle and the known Wi-Fi networks are built from them.
    realdata: Option<PathBuf>,
}

fn parse_args() -> Result<Args> {
    let mut out = None;
    let mut users = 10u64;
    let mut scale = 1.0f64;
    let mut realdata = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut val = || it.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--out" => out = Some(PathBuf::from(val()?)),
            "--users" => users = val()?.parse().context("--users")?,
            "--scale" => scale = val()?.parse().context("--scale")?,
            "--realdata" => realdata = Some(PathBuf::from(val()?)),
            "-h" | "--help" => {
                println!("usage: bench-root --out DIR [--users N (10)] [--scale F (1.0)] [--realdata DIR]");
                std::process::exit(0);
            }
            other => bail!("unknown argument {other:?} (see --help)"),
        }
    }
    let out = out.context("--out DIR is required")?;
    if users == 0 || users > 500 || !(scale > 0.0 && scale <= 100.0) {
        bail!("--users must be 1-500 and --scale in (0, 100]");
    }
    Ok(Args {
        out,
        users,
        scale,
        realdata,
    })
}

fn scaled(n: u64, scale: f64) -> u64 {
    ((n as f64 * scale).round() as u64).max(1)
}

fn user_name(u: u64) -> String {
    format!("user{u:02}")
}

fn main() -> Result<()> {
    let args = parse_args()?;
    if args.out.exists() {
        bail!("{} already exists; remove it first", args.out.display());
    }
    let mut partial = args.out.clone().into_os_string();
    partial.push(".partial");
    let root = PathBuf::from(partial);
    if root.exists() {
        fs::remove_dir_all(&root).with_context(|| format!("cannot remove {}", root.display()))?;
    }
    let started = Instant::now();
    system_files(&root, args.users)?;
    let s = args.scale;
    let sfl_per_user = scaled(1000, s).div_ceil(args.users);
    for u in 0..args.users {
        let t = Instant::now();
        let name = user_name(u);
        let home = root.join("Users").join(&name);
        let lib = home.join("Library");
        let web = sites(u, scaled(4000, s) as usize);
        chrome(
            &lib.join("Application Support/Google/Chrome/Default/History"),
            u,
            &name,
            &web,
            scaled(200_000, s),
            scaled(300, s),
        )?;
        safari(&lib.join("Safari/History.db"), u, &web, scaled(100_000, s))?;
        firefox(
            &lib.join("Application Support/Firefox/Profiles/x7k2m9qa.default-release"),
            &root.join(".tmp"),
            u,
            &name,
            &web,
            scaled(100_000, s),
            scaled(100, s),
        )?;
        quarantine(
            &lib.join("Preferences/com.apple.LaunchServices.QuarantineEventsV2"),
            u,
            &name,
            &web,
            scaled(20_000, s),
        )?;
        zsh(&home.join(".zsh_history"), u, scaled(50_000, s))?;
        sfl(
            &lib.join("Application Support/com.apple.sharedfilelist"),
            u,
            &name,
            sfl_per_user,
        )?;
        knowledge(
            &lib.join("Application Support/Knowledge/knowledgeC.db"),
            u + 1,
            &web,
            scaled(100_000, s),
        )?;
        tcc(
            &lib.join("Application Support/com.apple.TCC/TCC.db"),
            u + 1,
            scaled(300, s),
        )?;
        known_hosts(&home.join(".ssh/known_hosts"), u, scaled(500, s))?;
        user_files(&home, u, &web, s)?;
        eprintln!("bench-root: {name} done in {:.1?}", t.elapsed());
    }
    let t = Instant::now();
    knowledge(
        &root.join("private/var/db/CoreDuet/Knowledge/knowledgeC.db"),
        0,
        &sites(u64::MAX, 100),
        scaled(200_000, s),
    )?;
    tcc(
        &root.join("Library/Application Support/com.apple.TCC/TCC.db"),
        0,
        scaled(100, s),
    )?;
    utmpx(
        &root.join("private/var/run/utmpx"),
        args.users,
        scaled(2000, s),
    )?;
    eprintln!("bench-root: system databases done in {:.1?}", t.elapsed());
    let t = Instant::now();
    persistence(&root, args.users, s)?;
    eprintln!("bench-root: persistence done in {:.1?}", t.elapsed());
    let t = Instant::now();
    fsevents(&root, args.users, s)?;
    eprintln!("bench-root: FSEvents done in {:.1?}", t.elapsed());
    let t = Instant::now();
    software(&root, s)?;
    eprintln!("bench-root: software done in {:.1?}", t.elapsed());
    let t = Instant::now();
    defences(&root, args.realdata.as_deref(), s)?;
    eprintln!("bench-root: defences done in {:.1?}", t.elapsed());
    if let Some(real) = &args.realdata {
        let t = Instant::now();
        unified_logs(&root, real, s)?;
        eprintln!("bench-root: unified logs done in {:.1?}", t.elapsed());
    }
    let t = Instant::now();
    asl(&root.join("private/var/log"), s)?;
    eprintln!("bench-root: ASL done in {:.1?}", t.elapsed());
    let _ = fs::remove_dir_all(root.join(".tmp"));
    fs::rename(&root, &args.out)
        .with_context(|| format!("cannot rename {} to {}", root.display(), args.out.display()))?;
    eprintln!(
        "bench-root: {} written in {:.1?}",
        args.out.display(),
        started.elapsed()
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// System files

fn system_files(root: &Path, users: u64) -> Result<()> {
    for d in [
        "Applications",
        "Library/Logs",
        "System/Library/CoreServices",
        "Users/Shared",
        "private/tmp",
        "private/var/root",
    ] {
        mkdirs(&root.join(d))?;
    }
    let mut v = plist::Dictionary::new();
    v.insert("ProductBuildVersion".into(), "23H222".into());
    v.insert("ProductCopyright".into(), "1983-2024 Apple Inc.".into());
    v.insert("ProductName".into(), "macOS".into());
    v.insert("ProductUserVisibleVersion".into(), "14.7.1".into());
    v.insert("ProductVersion".into(), "14.7.1".into());
    v.insert("iOSSupportVersion".into(), "17.6".into());
    plist::Value::Dictionary(v)
        .to_file_xml(root.join("System/Library/CoreServices/SystemVersion.plist"))?;

    let dict = |pairs: Vec<(&str, plist::Value)>| {
        plist::Value::Dictionary(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    };
    let prefs = dict(vec![(
        "System",
        dict(vec![
            (
                "Network",
                dict(vec![(
                    "HostNames",
                    dict(vec![("LocalHostName", "bench-mbp".into())]),
                )]),
            ),
            (
                "System",
                dict(vec![
                    ("ComputerName", "Benchmark MacBook Pro".into()),
                    ("HostName", "bench-mbp".into()),
                ]),
            ),
        ]),
    )]);
    let p = root.join("Library/Preferences/SystemConfiguration");
    mkdirs(&p)?;
    prefs.to_file_xml(p.join("preferences.plist"))?;

    let ds = root.join("private/var/db/dslocal/nodes/Default/users");
    mkdirs(&ds)?;
    let arr = |s: &str| plist::Value::Array(vec![s.into()]);
    let mut accounts = vec![("root".to_string(), 0u64, "/var/root".to_string())];
    for u in 0..users {
        accounts.push((user_name(u), 501 + u, format!("/Users/{}", user_name(u))));
    }
    for (name, uid, home) in accounts {
        let rec = dict(vec![
            ("name", arr(&name)),
            ("uid", arr(&uid.to_string())),
            ("gid", arr(if uid == 0 { "0" } else { "20" })),
            ("home", arr(&home)),
            ("shell", arr("/bin/zsh")),
            ("realname", arr(&title_case(&name))),
            ("generateduid", arr(&Rng::for_parts(&[uid]).uuid())),
        ]);
        rec.to_file_binary(ds.join(format!("{name}.plist")))?;
    }
    let gs = root.join("private/var/db/dslocal/nodes/Default/groups");
    mkdirs(&gs)?;
    let admins: Vec<plist::Value> = std::iter::once("root".to_string())
        .chain((0..users).step_by(3).map(user_name))
        .map(plist::Value::from)
        .collect();
    for (name, gid, members) in [("admin", "80", admins), ("staff", "20", Vec::new())] {
        dict(vec![
            ("name", arr(name)),
            ("gid", arr(gid)),
            (
                "generateduid",
                arr(&Rng::for_parts(&[9_000, gid.len() as u64]).uuid()),
            ),
            ("users", plist::Value::Array(members)),
        ])
        .to_file_binary(gs.join(format!("{name}.plist")))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Persistence

/// A thin 64-bit Mach-O of `size` bytes without load commands (unsigned),
/// its body filled from `r`.
fn macho(r: &mut Rng, size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size);
    for v in [0xfeed_facf_u32, 0x0100_000c, 0, 2, 0, 0, 0, 0] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    while out.len() < size {
        out.extend_from_slice(&r.next().to_le_bytes());
    }
    out.truncate(size);
    out
}

/// What a heavily used Mac starts: about 450 of Apple's launchd jobs with
/// their programs in /usr/libexec (200 KB each), 40 third-party jobs
/// whose programs are app bundles, and per user 10 agents.
fn persistence(root: &Path, users: u64, scale: f64) -> Result<()> {
    let mut r = Rng::for_parts(&[0x7065_7273]);
    let job = |label: &str, prog: &str| {
        let mut d = plist::Dictionary::new();
        d.insert("Label".into(), label.into());
        d.insert(
            "ProgramArguments".into(),
            plist::Value::Array(vec![prog.into(), "--launchd".into()]),
        );
        d.insert("RunAtLoad".into(), true.into());
        plist::Value::Dictionary(d)
    };
    for d in [
        "System/Library/LaunchDaemons",
        "System/Library/LaunchAgents",
        "Library/LaunchDaemons",
        "Library/LaunchAgents",
        "usr/libexec",
    ] {
        mkdirs(&root.join(d))?;
    }
    for i in 0..scaled(450, scale) {
        let dir = if i % 3 == 0 {
            "LaunchAgents"
        } else {
            "LaunchDaemons"
        };
        let label = format!("com.apple.bench{i}");
        let prog = format!("/usr/libexec/bench{i}");
        job(&label, &prog)
            .to_file_binary(root.join(format!("System/Library/{dir}/{label}.plist")))?;
        fs::write(
            root.join(prog.trim_start_matches('/')),
            macho(&mut r, 200 * 1024),
        )?;
    }
    let app = |root: &Path, r: &mut Rng, name: &str| -> Result<String> {
        let c = root.join(format!("Applications/{name}.app/Contents"));
        mkdirs(&c.join("MacOS"))?;
        let mut info = plist::Dictionary::new();
        info.insert("CFBundleExecutable".into(), name.into());
        info.insert(
            "CFBundleIdentifier".into(),
            format!("com.bench.{name}").into(),
        );
        plist::Value::Dictionary(info).to_file_xml(c.join("Info.plist"))?;
        fs::write(c.join("MacOS").join(name), macho(r, 2 * 1024 * 1024))?;
        Ok(format!("/Applications/{name}.app/Contents/MacOS/{name}"))
    };
    for i in 0..scaled(40, scale) {
        let prog = app(root, &mut r, &format!("Vendor{i}"))?;
        let dir = if i % 2 == 0 {
            "LaunchAgents"
        } else {
            "LaunchDaemons"
        };
        job(&format!("com.vendor{i}.helper"), &prog)
            .to_file_binary(root.join(format!("Library/{dir}/com.vendor{i}.helper.plist")))?;
    }
    for u in 0..users {
        let agents = root.join(format!("Users/{}/Library/LaunchAgents", user_name(u)));
        mkdirs(&agents)?;
        for i in 0..10 {
            // Shared programs: each user runs the same apps' helpers.
            let prog = format!("/Applications/Vendor{i}.app/Contents/MacOS/Vendor{i}");
            job(&format!("com.vendor{i}.agent"), &prog)
                .to_file_xml(agents.join(format!("com.vendor{i}.agent.plist")))?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// SQLite databases

/// WebKit time (microseconds since 1601) of 2024-01-01T00:00:00Z.
const WK_2024: i64 = 13_348_540_800_000_000;
/// PRTime (microseconds since 1970) of 2024-01-01T00:00:00Z.
const PR_2024: i64 = 1_704_067_200_000_000;
/// Mac absolute time (seconds since 2001) of 2024-01-01T00:00:00Z.
const MAC_2024: f64 = 725_846_400.0;
/// A year, in microseconds.
const YEAR_US: i64 = 365 * 86_400 * 1_000_000;

/// Visit times: increasing, spread over 2024.
fn times(r: &mut Rng, n: u64) -> impl FnMut() -> i64 + '_ {
    let step = (YEAR_US / n.max(1) as i64).max(2);
    let mut t = 0i64;
    move || {
        t += 1 + r.below(2 * step as u64) as i64;
        t
    }
}

/// Which site each visit goes to: a few sites are visited far more often.
fn site_of(r: &mut Rng, n_sites: usize) -> usize {
    if r.chance(50) {
        r.below((n_sites as u64 / 50).max(1)) as usize
    } else {
        r.below(n_sites as u64) as usize
    }
}

fn chrome(
    path: &Path,
    user: u64,
    name: &str,
    web: &[Site],
    visits: u64,
    downloads: u64,
) -> Result<()> {
    let mut c = new_db(path)?;
    c.execute_batch(CHROME_SCHEMA)?;
    let mut r = Rng::for_parts(&[kind::CHROME, user]);
    let mut count = vec![0i64; web.len()];
    let mut typed = vec![0i64; web.len()];
    let mut last = vec![0i64; web.len()];
    const TRANSITIONS: [i64; 7] = [
        0x3000_0001, // TYPED | CHAIN_START | CHAIN_END
        0x3000_0000, // LINK | CHAIN_START | CHAIN_END
        0x3000_0000,
        0x3200_0001,    // TYPED | FROM_ADDRESS_BAR
        0x3000_0008,    // RELOAD
        -1_610_612_736, // LINK | CHAIN_END | SERVER_REDIRECT
        0x1000_0005,    // GENERATED | CHAIN_START
    ];
    let tx = c.transaction()?;
    {
        let mut st = tx.prepare(
            "INSERT INTO visits (id, url, visit_time, from_visit, external_referrer_url, transition,
               segment_id, visit_duration, opener_visit, originator_visit_id, is_known_to_sync)
             VALUES (?1, ?2, ?3, ?4, '', ?5, 0, ?6, 0, 0, 0)",
        )?;
        let mut rt = Rng::for_parts(&[kind::CHROME, user, 1]);
        let mut next_t = times(&mut rt, visits);
        for id in 1..=visits as i64 {
            let s = site_of(&mut r, web.len());
            let t = WK_2024 + next_t();
            let tr = *r.pick(&TRANSITIONS);
            let from = if id > 1 && r.chance(30) {
                id - 1 - r.below(3.min(id as u64 - 1)) as i64
            } else {
                0
            };
            count[s] += 1;
            if tr & 0xFF == 1 {
                typed[s] += 1;
            }
            last[s] = t;
            st.execute(params![
                id,
                s as i64 + 1,
                t,
                from,
                tr,
                r.below(600_000_000) as i64
            ])?;
        }
        let mut st = tx.prepare(
            "INSERT INTO urls (id, url, title, visit_count, typed_count, last_visit_time, hidden)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (i, site) in web.iter().enumerate() {
            st.execute(params![
                i as i64 + 1,
                site.url,
                site.title,
                count[i],
                typed[i],
                last[i],
                (count[i] == 0) as i64
            ])?;
        }
        let mut dl = tx.prepare(
            "INSERT INTO downloads VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, X'', ?10, ?11, ?12, 0,
               ?13, ?14, '', ?13, '', 'GET', '', '', '', ?15, '', ?16, ?16)",
        )?;
        let mut ch = tx.prepare("INSERT INTO downloads_url_chains VALUES (?1, ?2, ?3)")?;
        for id in 1..=downloads as i64 {
            let (ext, mime) = *r.pick(FILE_EXTS);
            let file = format!("{}-{}.{ext}", r.pick(WORDS), r.below(10_000));
            let site = &web[r.below(web.len() as u64) as usize];
            let start = WK_2024 + r.below(YEAR_US as u64) as i64;
            let total = 10_000 + r.below(500_000_000) as i64;
            let state = *r.pick(&[1i64, 1, 1, 1, 2, 4]);
            let received = if state == 1 { total } else { total / 2 };
            dl.execute(params![
                id,
                Rng::for_parts(&[kind::CHROME, user, 2, id as u64]).uuid(),
                format!("/Users/{name}/Downloads/{file}"),
                start,
                received,
                total,
                state,
                *r.pick(&[0i64, 0, 0, 0, 1, 3, 6]),
                if state == 4 { 40 } else { 0 },
                start + r.below(60_000_000) as i64,
                r.chance(40) as i64,
                if r.chance(40) { start + 120_000_000 } else { 0 },
                site.url,
                format!("https://{}/", r.pick(DOMAINS)),
                format!("\"{:x}\"", r.next()),
                mime,
            ])?;
            let dl_url = format!("https://{}/files/{file}", r.pick(DOMAINS));
            ch.execute(params![
                id,
                0,
                format!("{}/get/{file}", site.url.trim_end_matches('/'))
            ])?;
            ch.execute(params![id, 1, dl_url])?;
        }
    }
    tx.commit()?;
    Ok(())
}

fn safari(path: &Path, user: u64, web: &[Site], visits: u64) -> Result<()> {
    let mut c = new_db(path)?;
    c.execute_batch(SAFARI_SCHEMA)?;
    let mut r = Rng::for_parts(&[kind::SAFARI, user]);
    // A visit redirected from the one before it; decided ahead so that the
    // earlier row can name its destination.
    let redirected: Vec<bool> = (0..=visits + 1).map(|_| r.chance(5)).collect();
    let mut count = vec![0i64; web.len()];
    let tx = c.transaction()?;
    {
        let mut st = tx.prepare(
            "INSERT INTO history_visits (id, history_item, visit_time, title, load_successful,
               http_non_get, redirect_source, redirect_destination, origin, generation, score)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 1, ?9)",
        )?;
        let mut rt = Rng::for_parts(&[kind::SAFARI, user, 1]);
        let mut next_t = times(&mut rt, visits);
        for id in 1..=visits as i64 {
            let s = site_of(&mut r, web.len());
            count[s] += 1;
            let t = MAC_2024 + next_t() as f64 / 1e6;
            let i = id as usize;
            let src = (id > 1 && redirected[i]).then_some(id - 1);
            let dst = (id < visits as i64 && redirected[i + 1]).then_some(id + 1);
            st.execute(params![
                id,
                s as i64 + 1,
                t,
                (!r.chance(10)).then(|| web[s].title.as_str()),
                !r.chance(2),
                r.chance(1),
                src,
                dst,
                r.below(100) as i64,
            ])?;
        }
        let mut st = tx.prepare(
            "INSERT INTO history_items (id, url, domain_expansion, visit_count, daily_visit_counts,
               should_recompute_derived_visit_counts, visit_count_score)
             VALUES (?1, ?2, ?3, ?4, X'01000000', 0, ?5)",
        )?;
        for (i, site) in web.iter().enumerate() {
            let host = site.url.split('/').nth(2).unwrap_or("");
            let exp = host
                .strip_prefix("www.")
                .unwrap_or(host)
                .split('.')
                .next()
                .unwrap_or("");
            st.execute(params![
                i as i64 + 1,
                site.url,
                exp,
                count[i],
                count[i] * 100
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Firefox's `places.sqlite` in WAL mode, the last tenth of the visits only
/// in the `-wal`, as a running Firefox leaves it.
#[allow(clippy::too_many_arguments)]
fn firefox(
    profile: &Path,
    tmp: &Path,
    user: u64,
    name: &str,
    web: &[Site],
    visits: u64,
    downloads: u64,
) -> Result<()> {
    mkdirs(profile)?;
    mkdirs(tmp)?;
    let work = tmp.join(format!("places-{user}.sqlite"));
    let mut c = Connection::open(&work)?;
    c.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
    c.execute_batch(
        "PRAGMA wal_autocheckpoint=0; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-65536;",
    )?;
    c.execute_batch(PLACES_SCHEMA)?;
    let mut r = Rng::for_parts(&[kind::FIREFOX, user]);
    let mut rt = Rng::for_parts(&[kind::FIREFOX, user, 1]);
    let mut next_t = times(&mut rt, visits);
    let head = visits - visits / 10;
    let mut count = vec![0i64; web.len()];
    let mut last = vec![0i64; web.len()];
    let n_sites = web.len();
    ff_visits(
        &mut c,
        1..=head,
        &mut r,
        &mut next_t,
        n_sites,
        &mut count,
        &mut last,
    )?;
    let tx = c.transaction()?;
    {
        let mut st = tx.prepare(
            "INSERT INTO moz_places (id, url, title, rev_host, visit_count, hidden, typed, frecency,
               last_visit_date, guid, url_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for (i, site) in web.iter().enumerate() {
            let host = site.url.split('/').nth(2).unwrap_or("");
            let rev: String = host.chars().rev().collect::<String>() + ".";
            let mut g = Rng::for_parts(&[kind::FIREFOX, user, 2, i as u64]);
            let guid: String = (0..12)
                .map(|_| {
                    *g.pick(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                        as char
                })
                .collect();
            st.execute(params![
                i as i64 + 1,
                site.url,
                site.title,
                rev,
                count[i],
                r.chance(10) as i64,
                count[i] * 100,
                (last[i] > 0).then_some(last[i]),
                guid,
                (g.next() >> 16) as i64,
            ])?;
        }
        let mut an = tx.prepare(
            "INSERT INTO moz_annos (place_id, anno_attribute_id, content, flags, expiration, type, dateAdded, lastModified)
             VALUES (?1, ?2, ?3, 0, 4, 3, ?4, ?4)",
        )?;
        let mut places = std::collections::BTreeSet::new();
        for _ in 0..downloads {
            let place = 1 + r.below(web.len() as u64) as i64;
            if !places.insert(place) {
                continue;
            }
            let (ext, _) = *r.pick(FILE_EXTS);
            let file = format!("{}%20{}.{ext}", r.pick(WORDS), r.below(1000));
            let t = PR_2024 + r.below(YEAR_US as u64) as i64;
            an.execute(params![
                place,
                1,
                format!("file:///Users/{name}/Downloads/{file}"),
                t
            ])?;
            let meta = format!(
                "{{\"state\":{},\"deleted\":false,\"endTime\":{},\"fileSize\":{}}}",
                r.pick(&[1, 1, 1, 3]),
                t / 1000 + r.below(60_000) as i64,
                r.below(100_000_000)
            );
            an.execute(params![place, 2, meta, t])?;
        }
    }
    tx.commit()?;
    c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    ff_visits(
        &mut c,
        head + 1..=visits,
        &mut r,
        &mut next_t,
        n_sites,
        &mut count,
        &mut last,
    )?;
    // Copy while the connection is open: closing it would checkpoint the
    // WAL into the main file and delete it.
    let wal = PathBuf::from(format!("{}-wal", work.display()));
    fs::copy(&work, profile.join("places.sqlite"))?;
    fs::copy(&wal, profile.join("places.sqlite-wal"))?;
    drop(c);
    let _ = fs::remove_file(&work);
    let dest_wal = profile.join("places.sqlite-wal");
    fix_wal_salts(&dest_wal, *b"MTBENCH!")?;
    let len = fs::metadata(&dest_wal)?.len();
    if len < 4096 {
        bail!(
            "{}: the WAL did not survive ({len} bytes)",
            dest_wal.display()
        );
    }
    Ok(())
}

fn ff_visits(
    c: &mut Connection,
    ids: std::ops::RangeInclusive<u64>,
    r: &mut Rng,
    next_t: &mut dyn FnMut() -> i64,
    n_sites: usize,
    count: &mut [i64],
    last: &mut [i64],
) -> Result<()> {
    let tx = c.transaction()?;
    {
        let mut st = tx.prepare(
            "INSERT INTO moz_historyvisits (id, from_visit, place_id, visit_date, visit_type, session, source)
             VALUES (?1, ?2, ?3, ?4, ?5, 0, 0)",
        )?;
        for id in ids {
            let s = site_of(r, n_sites);
            let t = PR_2024 + next_t();
            count[s] += 1;
            last[s] = t;
            let from = if id > 1 && r.chance(30) { id - 1 } else { 0 };
            let vt = *r.pick(&[1i64, 1, 1, 2, 2, 5, 6, 8, 9]);
            st.execute(params![id as i64, from as i64, s as i64 + 1, t, vt])?;
        }
    }
    tx.commit()?;
    Ok(())
}

fn quarantine(path: &Path, user: u64, name: &str, web: &[Site], events: u64) -> Result<()> {
    let mut c = new_db(path)?;
    c.execute_batch(QUARANTINE_SCHEMA)?;
    let mut r = Rng::for_parts(&[kind::QUARANTINE, user]);
    let tx = c.transaction()?;
    {
        let mut st = tx.prepare(
            "INSERT INTO LSQuarantineEvent VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, NULL)",
        )?;
        let mut rt = Rng::for_parts(&[kind::QUARANTINE, user, 1]);
        let mut next_t = times(&mut rt, events);
        for _ in 0..events {
            let (bundle, agent) = *r.pick(APPS);
            let site = &web[r.below(web.len() as u64) as usize];
            let (ext, _) = *r.pick(FILE_EXTS);
            let mail = bundle == "com.apple.mail" || bundle == "com.apple.MobileSMS";
            let (sender, addr) = if mail {
                (
                    Some(format!("{} Sender", title_case(r.pick::<&str>(WORDS)))),
                    Some(format!("{}@example.com", r.pick(WORDS))),
                )
            } else {
                (None, None)
            };
            st.execute(params![
                r.uuid(),
                MAC_2024 + next_t() as f64 / 1e6,
                bundle,
                agent,
                format!(
                    "https://{}/dl/{}-{}.{ext}",
                    r.pick(DOMAINS),
                    r.pick(WORDS),
                    r.below(100_000)
                ),
                sender,
                addr,
                if mail { 2 } else { *r.pick(&[0i64, 0, 0, 1]) },
                format!("{} ({name})", site.title),
                site.url,
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// A CoreDuet `knowledgeC.db`: app focus and usage, display and Safari
/// history events (the last with structured metadata) over 2024.
fn knowledge(path: &Path, user: u64, web: &[Site], events: u64) -> Result<()> {
    let mut c = new_db(path)?;
    c.execute_batch(KNOWLEDGEC_SCHEMA)?;
    c.execute_batch(
        "ALTER TABLE ZSTRUCTUREDMETADATA
           ADD COLUMN Z_DKAPPLICATIONACTIVITYMETADATAKEY__EXPIRATIONDATE TIMESTAMP;
         CREATE INDEX Z_Event_byStartDateIndex ON ZOBJECT (ZSTARTDATE);
         INSERT INTO ZSOURCE VALUES (1, 14, 1, 501, 'com.apple.Safari', NULL, NULL, NULL,
           'com.apple.Safari');",
    )?;
    let mut r = Rng::for_parts(&[kind::KNOWLEDGE, user]);
    let tx = c.transaction()?;
    {
        let mut obj = tx.prepare(
            "INSERT INTO ZOBJECT (Z_PK, Z_ENT, ZSOURCE, ZSTRUCTUREDMETADATA, ZSECONDSFROMGMT,
               ZVALUEINTEGER, ZCREATIONDATE, ZENDDATE, ZSTARTDATE, ZVALUEDOUBLE, ZUUID,
               ZSTREAMNAME, ZVALUESTRING) VALUES (?1, 10, ?2, ?3, 3600, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        let mut meta = tx.prepare(
            "INSERT INTO ZSTRUCTUREDMETADATA (Z_PK, Z_ENT, Z_OPT,
               Z_DKSAFARIHISTORYMETADATAKEY__TITLE,
               Z_DKAPPLICATIONACTIVITYMETADATAKEY__EXPIRATIONDATE, ZMETADATAHASH)
             VALUES (?1, 15, 1, ?2, ?3, ?4)",
        )?;
        let mut rt = Rng::for_parts(&[kind::KNOWLEDGE, user, 1]);
        let mut next_t = times(&mut rt, events);
        for i in 1..=events as i64 {
            let start = MAC_2024 + next_t() as f64 / 1e6;
            let end = start + r.below(900) as f64;
            let (stream, value, int, source, metadata) = match r.below(10) {
                0..=4 => (
                    "/app/inFocus",
                    Some(r.pick(APPS).0.to_string()),
                    None,
                    None,
                    None,
                ),
                5 | 6 => (
                    "/app/usage",
                    Some(r.pick(APPS).0.to_string()),
                    None,
                    None,
                    None,
                ),
                7 | 8 => (
                    "/display/isBacklit",
                    None,
                    Some(r.below(2) as i64),
                    None,
                    None,
                ),
                _ => {
                    let site = &web[r.below(web.len() as u64) as usize];
                    meta.execute(params![i, site.title, start + 86_400.0 * 30.0, r.uuid()])?;
                    (
                        "/safari/history",
                        Some(site.url.clone()),
                        None,
                        Some(1),
                        Some(i),
                    )
                }
            };
            obj.execute(params![
                i,
                source,
                metadata,
                int,
                end + 1.5,
                end,
                start,
                int.map(|v| v as f64),
                r.uuid(),
                stream,
                value
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// A `TCC.db` (macOS 14 schema) with `rows` decisions; the system one
/// (`user` 0) also grants Full Disk Access to a few unsigned paths.
fn tcc(path: &Path, user: u64, rows: u64) -> Result<()> {
    const SERVICES: &[&str] = &[
        "kTCCServiceCamera",
        "kTCCServiceMicrophone",
        "kTCCServiceSystemPolicyDownloadsFolder",
        "kTCCServiceSystemPolicyDocumentsFolder",
        "kTCCServiceAppleEvents",
        "kTCCServiceSystemPolicyAllFiles",
        "kTCCServiceAccessibility",
        "kTCCServiceScreenCapture",
        "kTCCServiceListenEvent",
    ];
    let mut c = new_db(path)?;
    c.execute_batch(TCC_SCHEMA)?;
    let mut r = Rng::for_parts(&[kind::TCC, user]);
    let tx = c.transaction()?;
    {
        let mut st = tx.prepare(
            "INSERT OR IGNORE INTO access (service, client, client_type, auth_value, auth_reason,
               auth_version, csreq, last_modified) VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7)",
        )?;
        for i in 0..rows {
            let service = *r.pick(SERVICES);
            let unsigned = user == 0 && r.chance(5);
            let (client, client_type, csreq) = if unsigned {
                (format!("/Users/Shared/.cache/agent{i}"), 1, None)
            } else {
                let bundle = format!("com.{}.{}{i}", r.pick(WORDS), r.pick(WORDS));
                let req = blob(&identifier_and_anchor_apple_generic(&bundle));
                (bundle, 0, Some(req))
            };
            st.execute(params![
                service,
                client,
                client_type,
                *r.pick(&[0i64, 2, 2, 2, 3]),
                *r.pick(&[2i64, 3, 4, 5]),
                csreq,
                1_704_067_200 + r.below(365 * 86_400) as i64
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// `/private/var/run/utmpx`: a signature, then boots, logins and logouts.
fn utmpx(path: &Path, users: u64, records: u64) -> Result<()> {
    mkdirs(path.parent().context("no parent")?)?;
    let mut r = Rng::for_parts(&[kind::UTMPX]);
    let mut out = std::io::BufWriter::new(fs::File::create(path)?);
    let rec = |user: &str, line: &str, pid: i32, kind: i16, sec: i32, usec: i32, host: &str| {
        utmpx::record(user, [0; 4], line, pid, kind, sec, usec, host)
    };
    out.write_all(&utmpx::signature())?;
    let mut t = 1_704_067_200i32;
    for i in 0..records {
        t += r.below(3600) as i32;
        let u = user_name(r.below(users));
        let tty = format!("ttys{:03}", i % 1000);
        let b = match r.below(20) {
            0 => rec("", "", 1, 2, t, 0, ""),
            1..=10 => rec(
                &u,
                &tty,
                1000 + i as i32,
                7,
                t,
                r.below(1_000_000) as i32,
                if r.chance(30) { "203.0.113.5" } else { "" },
            ),
            _ => rec(
                &u,
                &tty,
                1000 + i as i32,
                8,
                t,
                r.below(1_000_000) as i32,
                "",
            ),
        };
        out.write_all(&b)?;
    }
    out.flush()?;
    Ok(())
}

/// `~/.ssh/known_hosts`: plain and hashed names with Ed25519 keys (made-up
/// key bytes, well-formed blobs).
fn known_hosts(path: &Path, user: u64, lines: u64) -> Result<()> {
    use base64::Engine as _;
    mkdirs(path.parent().context("no parent")?)?;
    let mut r = Rng::for_parts(&[kind::SSH, user]);
    let mut out = std::io::BufWriter::new(fs::File::create(path)?);
    for i in 0..lines {
        let mut blob = Vec::new();
        blob.extend_from_slice(&11u32.to_be_bytes());
        blob.extend_from_slice(b"ssh-ed25519");
        blob.extend_from_slice(&32u32.to_be_bytes());
        for _ in 0..4 {
            blob.extend_from_slice(&r.next().to_be_bytes());
        }
        let key = base64::engine::general_purpose::STANDARD.encode(&blob);
        if r.chance(50) {
            let salt = base64::engine::general_purpose::STANDARD.encode(r.next().to_be_bytes());
            let hash = base64::engine::general_purpose::STANDARD.encode(r.next().to_be_bytes());
            writeln!(out, "|1|{salt}|{hash} ssh-ed25519 {key}")?;
        } else {
            writeln!(out, "host{i}.{} ssh-ed25519 {key}", r.pick(DOMAINS))?;
        }
    }
    out.flush()?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Plain files

fn zsh(path: &Path, user: u64, lines: u64) -> Result<()> {
    let mut r = Rng::for_parts(&[kind::ZSH, user]);
    let mut out = std::io::BufWriter::new(fs::File::create(path)?);
    let mut t = 1_704_067_200u64;
    for _ in 0..lines {
        t += r.below(1200);
        let cmd = r.pick(COMMANDS);
        if r.chance(20) {
            writeln!(out, ": {t}:{};{cmd} {}", r.below(30), r.pick(WORDS))?;
        } else {
            writeln!(out, ": {t}:0;{cmd}")?;
        }
    }
    out.flush()?;
    Ok(())
}

fn sfl(dir: &Path, user: u64, name: &str, items: u64) -> Result<()> {
    let mut r = Rng::for_parts(&[kind::SFL, user]);
    let lists = [
        ("com.apple.LSSharedFileList.RecentDocuments.sfl2", 5u64),
        ("com.apple.LSSharedFileList.RecentApplications.sfl2", 2),
        (
            "com.apple.LSSharedFileList.ApplicationRecentDocuments/com.apple.textedit.sfl2",
            2,
        ),
        (
            "com.apple.LSSharedFileList.ApplicationRecentDocuments/com.microsoft.word.sfl2",
            1,
        ),
    ];
    let mut left = items;
    for (i, (rel, share)) in lists.iter().enumerate() {
        let n = if i + 1 == lists.len() {
            left
        } else {
            (items * share / 10).min(left)
        };
        left -= n;
        let list: Vec<SflItem> = (0..n)
            .map(|k| {
                let (ext, _) = *r.pick(FILE_EXTS);
                let file = format!(
                    "{} {} {k}.{ext}",
                    title_case(r.pick::<&str>(WORDS)),
                    r.pick(WORDS)
                );
                let folder = *r.pick(&["Documents", "Downloads", "Desktop"]);
                let parts = ["Users", name, folder, file.as_str()];
                let t = MAC_2024 + r.below(31_536_000) as f64;
                SflItem::new(bookmark::for_path(&parts, name, t), r.uuid())
            })
            .collect();
        let path = dir.join(rel);
        mkdirs(path.parent().context("no parent")?)?;
        sfl2(&list).to_file_binary(&path)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// ASL

/// One ASL DB (format version 2) store of about `target` bytes.
fn asl_file(path: &Path, r: &mut Rng, start: i64, target: usize, power: bool) -> Result<u64> {
    let mut b = Store::created_at(start);
    let senders: &[&str] = if power {
        &["powerd"]
    } else {
        &[
            "kernel",
            "syslogd",
            "loginwindow",
            "sudo",
            "sshd",
            "com.apple.xpc.launchd",
            "authd",
            "mDNSResponder",
            "configd",
            "sharingd",
        ]
    };
    let host = b.string(b"bench-mbp");
    let sender_refs: Vec<u64> = senders.iter().map(|s| b.string(s.as_bytes())).collect();
    let facility = b.string(if power {
        b"com.apple.iokit.power"
    } else {
        b"com.apple.system.log"
    });
    let k_domain = b.string(b"com.apple.message.domain");
    let k_uuid = b.string(b"Sender Mach UUID");
    let domains: Vec<u64> = [
        "com.apple.powermanagement.sleep",
        "com.apple.powermanagement.wake",
        "com.apple.powermanagement.darkwake",
        "com.apple.system.authentication",
    ]
    .iter()
    .map(|s| b.string(s.as_bytes()))
    .collect();
    let mut t = start;
    let mut n = 0u64;
    while b.size() < target {
        t += r.below(20) as i64;
        let si = r.below(senders.len() as u64) as usize;
        let pid = 50 + r.below(5000) as u32;
        let msg = if power {
            format!(
                "{} due to {} Using {} (Charge:{}%) {} secs",
                r.pick(&["Sleep", "Wake", "DarkWake", "Wake from Deep Idle"]),
                r.pick(&[
                    "Idle Sleep",
                    "Clamshell Sleep",
                    "EC.LidOpen",
                    "Maintenance",
                    "RTC/Alarm"
                ]),
                r.pick(&["AC", "BATT"]),
                r.below(101),
                r.below(7200)
            )
        } else {
            format!(
                "{}[{pid}]: {} {} for user{:02} from 10.0.{}.{} port {} ({} {})",
                senders[si],
                r.pick(&["Accepted", "Failed", "Started", "Stopped", "Opened", "Closed"]),
                r.pick(WORDS),
                r.below(10),
                r.below(256),
                r.below(256),
                1024 + r.below(60_000),
                r.pick(WORDS),
                r.next() % 1_000_000
            )
        };
        let m = b.string(msg.as_bytes());
        let uuid = b.string(r.uuid().as_bytes());
        let kv = vec![
            k_domain,
            domains[r.below(domains.len() as u64) as usize],
            k_uuid,
            uuid,
        ];
        b.record(&Rec {
            message_id: n + 1,
            seconds: t,
            nanoseconds: r.below(1_000_000_000) as u32,
            level: r.below(8) as u16,
            flags: 0,
            pid,
            uid: 0,
            gid: 0,
            read_uid: -1,
            read_gid: 80,
            ref_pid: 0,
            strings: [host, sender_refs[si], facility, m, 0, Store::inline("s1")],
            kv,
        });
        n += 1;
    }
    mkdirs(path.parent().context("no parent")?)?;
    fs::write(path, b.bytes())?;
    Ok(n)
}

fn asl(log: &Path, scale: f64) -> Result<()> {
    // ~240 MB of syslog stores and ~60 MB of powermanagement stores at scale 1.
    let day = 86_400i64;
    let t0 = 1_704_067_200i64;
    let syslog = scaled(20, scale);
    for i in 0..syslog {
        let mut r = Rng::for_parts(&[kind::ASL, 0, i]);
        let d = t0 + i as i64 * day;
        let name = format!("2024.{:02}.{:02}.G80.asl", 1 + i / 28 % 12, 1 + i % 28);
        asl_file(&log.join("asl").join(name), &mut r, d, 12 << 20, false)?;
    }
    let power = scaled(6, scale);
    for i in 0..power {
        let mut r = Rng::for_parts(&[kind::ASL, 1, i]);
        let d = t0 + i as i64 * 7 * day;
        let name = format!(
            "powerd.2024.{:02}.{:02}.asl",
            1 + i / 4 % 12,
            1 + (i % 4) * 7
        );
        asl_file(
            &log.join("powermanagement").join(name),
            &mut r,
            d,
            10 << 20,
            true,
        )?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// FSEvents

/// Flags seen most in real stores: created, removed, renamed, modified,
/// inode metadata changed, each with the item-is-file or -is-dir bit.
const FSE_FLAGS: &[u32] = &[
    0x0001_0100, // file created
    0x0001_1000, // file modified
    0x0001_0200, // file removed
    0x0001_0800, // file renamed
    0x0001_0400, // file inode metadata modified
    0x0002_0100, // directory created
    0x0002_0200, // directory removed
    0x0001_9000, // file modified, xattr modified
];

/// The data volume's FSEvents store: `files` gzip files of 5 version-2
/// pages of 1,000 records each, 2,000,000 records at scale 1 (a store that
/// fills its default size on a Mac in daily use holds a few million).
/// Paths are deep, under the users' homes and the system's caches.
fn fsevents(root: &Path, users: u64, scale: f64) -> Result<()> {
    use mactriage_collectors::testdata::fsevents::{gzip, page};
    let dir = root.join("System/Volumes/Data/.fseventsd");
    mkdirs(&dir)?;
    fs::write(
        dir.join("fseventsd-uuid"),
        b"7C6D1E4A-3B2F-4A8C-9D0E-1F2A3B4C5D6E",
    )?;
    let mut r = Rng::for_parts(&[kind::FSEVENTS]);
    let mut id: u64 = 0x0000_0000_0100_0000;
    let mut node: u64 = 1_000_000;
    for _ in 0..scaled(400, scale) {
        let mut raw = Vec::new();
        for _ in 0..5 {
            let mut paths = Vec::with_capacity(1000);
            let mut fields = Vec::with_capacity(1000);
            for _ in 0..1000 {
                let u = user_name(r.below(users.max(1)));
                let w = |r: &mut Rng| WORDS[r.index(WORDS.len())];
                let p = match r.below(4) {
                    0 => format!(
                        "Users/{u}/Library/Caches/com.apple.Safari/fsCachedData/{:016X}",
                        r.next()
                    ),
                    1 => format!("Users/{u}/Downloads/{}-{}.pdf", w(&mut r), r.below(10_000)),
                    2 => format!(
                        "Users/{u}/Library/Application Support/Google/Chrome/Default/{}/{:08x}",
                        w(&mut r),
                        r.next() as u32
                    ),
                    _ => format!(
                        "private/var/folders/zz/{:016x}/T/{}.tmp",
                        r.next(),
                        w(&mut r)
                    ),
                };
                id += 1 + r.below(16);
                node += 1;
                paths.push(p.into_bytes());
                fields.push((id, *r.pick(FSE_FLAGS), node));
            }
            let recs: Vec<_> = paths
                .iter()
                .zip(&fields)
                .map(|(p, &(id, flags, node))| (p.as_slice(), id, flags, node, 0u32))
                .collect();
            raw.extend_from_slice(&page(2, &recs));
        }
        fs::write(dir.join(format!("{id:016x}")), gzip(&raw))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Downloads and Desktop, with the extended attributes a download carries

/// Set a Mac extended attribute: under Linux in the `user.` namespace, as
/// the evidence source maps it.
fn set_mac_xattr(path: &Path, name: &str, value: &[u8]) -> Result<()> {
    let host = if cfg!(target_os = "macos") {
        name.to_string()
    } else {
        format!("user.{name}")
    };
    rustix::fs::lsetxattr(path, host, value, rustix::fs::XattrFlags::empty()).with_context(|| {
        format!(
            "{}: {name}: cannot set (does the file system take user xattrs?)",
            path.display()
        )
    })
}

/// Per user, at scale 1: 1,000 files in `Downloads` and 200 on the
/// `Desktop` (1 to 256 KB; one in twenty a thin Mach-O), every download
/// with `com.apple.quarantine` and a binary-plist
/// `com.apple.metadata:kMDItemWhereFroms`.
fn user_files(home: &Path, user: u64, web: &[Site], scale: f64) -> Result<()> {
    let mut r = Rng::for_parts(&[kind::FILES, user]);
    for (dir, n, downloaded) in [("Downloads", 1000, true), ("Desktop", 200, false)] {
        let d = home.join(dir);
        mkdirs(&d)?;
        for i in 0..scaled(n, scale) {
            let size = 1024 + r.below(255 * 1024) as usize;
            let (name, data) = if r.chance(5) {
                (format!("tool-{i}"), macho(&mut r, size))
            } else {
                let w = WORDS[r.index(WORDS.len())];
                (format!("{w}-{i}.pdf"), r.bytes(size))
            };
            let path = d.join(&name);
            fs::write(&path, data)?;
            if downloaded {
                let site = &web[site_of(&mut r, web.len())];
                let t = 0x6590_0000 + r.below(365 * 86_400);
                let q = format!("0083;{t:08x};Safari;{}", r.uuid());
                set_mac_xattr(&path, "com.apple.quarantine", q.as_bytes())?;
                let mut froms = Vec::new();
                plist::Value::Array(vec![
                    format!("{}/files/{name}", site.url.trim_end_matches('/')).into(),
                    site.url.clone().into(),
                ])
                .to_writer_binary(&mut froms)?;
                set_mac_xattr(&path, "com.apple.metadata:kMDItemWhereFroms", &froms)?;
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Installed software

/// What a Mac that has been updated for years holds: at scale 1, 600
/// install-history entries, 400 package receipts (each with its `.bom`),
/// a 10 MB `install.log`, and 60 of Apple's applications in
/// `/System/Applications` (1 MB executables).
fn software(root: &Path, scale: f64) -> Result<()> {
    let mut r = Rng::for_parts(&[kind::SOFTWARE]);
    let receipts = root.join("Library/Receipts");
    mkdirs(&receipts)?;
    let date = |r: &mut Rng| {
        let t = std::time::UNIX_EPOCH
            + std::time::Duration::from_secs(1_600_000_000 + r.below(130_000_000));
        plist::Value::Date(t.into())
    };
    let mut history = Vec::new();
    for i in 0..scaled(600, scale) {
        let mut d = plist::Dictionary::new();
        d.insert("date".into(), date(&mut r));
        d.insert("displayName".into(), format!("Package {i}").into());
        d.insert(
            "displayVersion".into(),
            format!("{}.{}", i / 10, i % 10).into(),
        );
        d.insert(
            "processName".into(),
            if i % 3 == 0 {
                "softwareupdated"
            } else {
                "installer"
            }
            .into(),
        );
        d.insert(
            "packageIdentifiers".into(),
            plist::Value::Array(
                (0..3)
                    .map(|k| format!("com.bench.pkg{i}.part{k}").into())
                    .collect(),
            ),
        );
        history.push(plist::Value::Dictionary(d));
    }
    plist::Value::Array(history).to_file_xml(receipts.join("InstallHistory.plist"))?;

    let db = root.join("private/var/db/receipts");
    mkdirs(&db)?;
    for i in 0..scaled(400, scale) {
        let id = format!("com.bench.pkg{i}");
        let mut d = plist::Dictionary::new();
        d.insert("PackageIdentifier".into(), id.clone().into());
        d.insert("PackageVersion".into(), format!("{i}.0").into());
        d.insert("InstallDate".into(), date(&mut r));
        d.insert("InstallPrefixPath".into(), "/".into());
        d.insert("InstallProcessName".into(), "installer".into());
        d.insert("PackageFileName".into(), format!("Bench{i}.pkg").into());
        plist::Value::Dictionary(d).to_file_xml(db.join(format!("{id}.plist")))?;
        let bom = 4096 + r.below(60_000) as usize;
        fs::write(db.join(format!("{id}.bom")), r.bytes(bom))?;
    }

    let log = root.join("private/var/log");
    mkdirs(&log)?;
    let mut f = std::io::BufWriter::new(fs::File::create(log.join("install.log"))?);
    let target = (10_000_000.0 * scale) as u64;
    let mut written = 0u64;
    let mut n = 0u64;
    while written < target {
        let line = format!(
            "2024-{:02}-{:02} 10:{:02}:{:02}+01 bench-mbp installd[{}]: PackageKit: Extracting file://localhost/Library/Updates/pkg{n}.pkg (destination=/Library/InstallerSandboxes/.PKInstallSandboxManager/{}.activeSandbox/Root, uid=0)\n",
            1 + r.below(12),
            1 + r.below(28),
            r.below(60),
            r.below(60),
            100 + r.below(900),
            r.uuid()
        );
        f.write_all(line.as_bytes())?;
        written += line.len() as u64;
        n += 1;
    }
    f.flush()?;

    for i in 0..scaled(60, scale) {
        let name = format!("AppleApp{i}");
        let c = root.join(format!("System/Applications/{name}.app/Contents"));
        mkdirs(&c.join("MacOS"))?;
        let mut info = plist::Dictionary::new();
        info.insert("CFBundleExecutable".into(), name.clone().into());
        info.insert(
            "CFBundleIdentifier".into(),
            format!("com.apple.{name}").into(),
        );
        info.insert("CFBundleShortVersionString".into(), "14.0".into());
        info.insert("CFBundleVersion".into(), format!("{i}").into());
        plist::Value::Dictionary(info).to_file_xml(c.join("Info.plist"))?;
        fs::write(c.join("MacOS").join(&name), macho(&mut r, 1024 * 1024))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Defences and networks

/// At scale 1: a Gatekeeper `ExecPolicy` with 20,000 scans (a Mac that has
/// run many programs over the years), XProtect's bundle and the known
/// Wi-Fi networks from the real samples when `realdata` has them.
fn defences(root: &Path, realdata: Option<&Path>, scale: f64) -> Result<()> {
    use mactriage_collectors::testdata::security::{exec_policy, Scan};
    let db = root.join("private/var/db/SystemPolicyConfiguration");
    mkdirs(&db)?;
    let mut r = Rng::for_parts(&[kind::DEFENCES]);
    let n = scaled(20_000, scale);
    let ids: Vec<(String, String, String)> = (0..n)
        .map(|i| {
            (
                format!("{:040x}", u128::from(r.next()) << 64 | u128::from(r.next())),
                format!("com.bench.tool{i}"),
                format!("TEAM{:06}", i % 500),
            )
        })
        .collect();
    let scans: Vec<Scan<'_>> = ids
        .iter()
        .enumerate()
        .map(|(i, (cdhash, id, team))| Scan {
            cdhash,
            team: (i % 7 != 0).then_some(team.as_str()),
            signing_id: id,
            bundle_id: id,
            object_id: 1_000 + i as i64,
            policy_match: if i % 7 == 0 { 0 } else { 5 },
            malware_result: 0,
            flags: 0,
            timestamp: 1_700_000_000 + i as i64 * 600,
            url: (i % 10 == 0).then_some("https://downloads.example.com/tool.dmg"),
        })
        .collect();
    exec_policy(&db.join("ExecPolicy"), &scans);
    let Some(real) = realdata else {
        return Ok(());
    };
    let xp =
        root.join("Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Resources");
    mkdirs(&xp)?;
    for (from, to) in [
        (
            "xprotect/knightsc_XProtect.meta.plist",
            "XProtect.meta.plist",
        ),
        ("xprotect/knightsc_XProtect.plist", "XProtect.plist"),
        ("xprotect/knightsc_XProtect.yara", "XProtect.yara"),
    ] {
        copy_if_there(&real.join(from), &xp.join(to))?;
    }
    copy_if_there(
        &real.join("wifi/plaso_ios_com.apple.wifi.known-networks.plist"),
        &root.join("Library/Preferences/com.apple.wifi.known-networks.plist"),
    )?;
    Ok(())
}

fn copy_if_there(from: &Path, to: &Path) -> Result<()> {
    if from.is_file() {
        fs::copy(from, to).with_context(|| format!("cannot copy {}", from.display()))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Unified logs

/// The unified log store, built from the real sample files (they are not
/// written here: the format is the `macos-unifiedlogs` crate's to read,
/// and a store made by this generator would only test the generator). At
/// scale 1, 1,400 copies of the 717 KB sample tracev3 (about 1 GB: the
/// store of a Mac in daily use holds 0.5 to 2 GB) spread over `Persist`,
/// `Special` and `HighVolume`, with the sample's timesync, uuidtext and dsc
/// files. The copies hold the same entries, so every one decodes alike:
/// what is measured is the parse throughput.
fn unified_logs(root: &Path, realdata: &Path, scale: f64) -> Result<()> {
    let src = realdata.join("unifiedlogs/dtformats_partial");
    let trace = src.join("0000000000000f85.tracev3");
    if !trace.is_file() {
        eprintln!("bench-root: no {} here: no unified logs", trace.display());
        return Ok(());
    }
    let diag = root.join("private/var/db/diagnostics");
    for d in ["Persist", "Special", "HighVolume", "timesync"] {
        mkdirs(&diag.join(d))?;
    }
    for i in 0..scaled(1400, scale) {
        let dir = match i % 10 {
            0 => "Special",
            1 => "HighVolume",
            _ => "Persist",
        };
        fs::copy(
            &trace,
            diag.join(dir).join(format!("{:016x}.tracev3", 0x100 + i)),
        )?;
    }
    fs::copy(
        src.join("timesync/0000000000000002.timesync"),
        diag.join("timesync/0000000000000002.timesync"),
    )?;
    let uuidtext = root.join("private/var/db/uuidtext");
    for e in walkdir_files(&src.join("uuidtext"))? {
        let rel = e.strip_prefix(src.join("uuidtext"))?;
        let to = uuidtext.join(rel);
        mkdirs(to.parent().unwrap_or(&uuidtext))?;
        fs::copy(&e, &to)?;
    }
    Ok(())
}

/// Every file under `dir`, in name order.
fn walkdir_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d)? {
            let e = e?;
            if e.file_type()?.is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path());
            }
        }
    }
    out.sort();
    Ok(out)
}
