//! The live-state collectors (`network`, `open_files`, `volumes`,
//! `live_response`) through the real binary: on the running system (root
//! `/`) they find what this test holds; on an evidence root they are
//! skipped with the reason.

mod common;

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

const LIVE: &str = "network,open_files,volumes,live_response";

fn holds(r: &Value, pid: u32) -> bool {
    r["pids"]
        .as_array()
        .is_some_and(|p| p.iter().any(|x| x == &Value::from(pid)))
}

#[test]
fn sockets_and_a_deleted_open_file_of_this_process_are_collected_with_its_pid() {
    let me = std::process::id();
    // A listener, and a connected pair through it.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let lport = listener.local_addr().unwrap().port();
    let client = TcpStream::connect(("127.0.0.1", lport)).unwrap();
    let (server, _) = listener.accept().unwrap();
    let cport = client.local_addr().unwrap().port();
    // A pair closed by the client first: the client's end stays in
    // TIME_WAIT, a socket no process holds any more.
    let closer = TcpStream::connect(("127.0.0.1", lport)).unwrap();
    let (peer, _) = listener.accept().unwrap();
    let tw_port = closer.local_addr().unwrap().port();
    drop(closer);
    let mut buf = [0u8; 1];
    let _ = std::io::Read::read(&mut &peer, &mut buf);
    drop(peer);
    // A file held open, then deleted.
    let work = tempfile::tempdir().unwrap();
    let gone = work.path().join("payload.bin");
    let mut f = std::fs::File::create(&gone).unwrap();
    f.write_all(b"still here").unwrap();
    std::fs::remove_file(&gone).unwrap();
    // And one whose name is not UTF-8.
    let odd = work
        .path()
        .join(std::ffi::OsStr::from_bytes(b"caf\xe9.log"));
    let odd_file = std::fs::File::create(&odd).unwrap();
    std::fs::remove_file(&odd).unwrap();

    let out = work.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let started = Instant::now();
    let run = common::collect(
        Path::new("/"),
        &out,
        &["--only", LIVE, "--time-limit", "2m"],
    );
    let took = started.elapsed();
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    assert!(took < Duration::from_secs(120), "{took:?}");

    let members = common::members_map(&run.tarball());
    let man = common::manifest(&members);
    for c in LIVE.split(',') {
        let s = &common::collector(&man, c)["status"];
        assert!(s == "ok" || s == "partial", "{c}: {s}");
    }

    // network: the listener, and both ends of the pair, held by this pid.
    let net = common::jsonl(&members, "network");
    let exe_sha = common::sha256(&std::fs::read("/proc/self/exe").unwrap());
    let find = |what: &str, f: &dyn Fn(&Value) -> bool| -> Value {
        net.iter()
            .find(|r| f(r))
            .unwrap_or_else(|| panic!("{what} not in network.jsonl"))
            .clone()
    };
    let l = find("listener", &|r| {
        r["protocol"] == "tcp" && r["local_port"] == lport && r["state"] == "LISTEN"
    });
    assert!(holds(&l, me), "{l}");
    assert_eq!(l["local_address"], "127.0.0.1");
    assert_eq!(l["remote_address"], Value::Null);
    assert_eq!(l["owner_visible"], true);
    let p = l["processes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pid"] == me)
        .unwrap();
    assert_eq!(p["exe_sha256"], exe_sha);
    let c = find("client end", &|r| {
        r["local_port"] == cport && r["remote_port"] == lport
    });
    assert_eq!(c["state"], "ESTABLISHED");
    assert_eq!(c["remote_address"], "127.0.0.1");
    assert!(holds(&c, me), "{c}");
    let s = find("server end", &|r| {
        r["local_port"] == lport && r["remote_port"] == cport
    });
    assert_eq!(s["state"], "ESTABLISHED");
    assert!(holds(&s, me), "{s}");

    // The TIME_WAIT end: listed, with no visible owner.
    let tw = find("TIME_WAIT socket", &|r| {
        r["local_port"] == tw_port && r["remote_port"] == lport
    });
    assert_eq!(tw["state"], "TIME_WAIT");
    assert_eq!(tw["owner_visible"], false);
    assert_eq!(tw["pids"], serde_json::json!([]));

    // open_files: the deleted file, with this pid.
    let files = common::jsonl(&members, "open_files");
    let d = files
        .iter()
        .find(|r| r["pid"] == me && r["path"] == gone.to_str().unwrap())
        .unwrap_or_else(|| panic!("deleted file not in open_files.jsonl"));
    assert_eq!(d["deleted"], true);
    assert_eq!(d["mode"], "w");
    assert_eq!(d["size"], 10);
    assert_eq!(d["type"], "file");
    assert_eq!(d["exe_sha256"], exe_sha);
    // The name that is not UTF-8 is kept exactly.
    let odd_rec = files
        .iter()
        .find(|r| r["pid"] == me && r["path_b64"] == common::b64(odd.as_os_str().as_bytes()))
        .expect("non-UTF-8 deleted file in open_files.jsonl");
    assert_eq!(odd_rec["deleted"], true);
    // A file that still exists is not deleted.
    assert!(files
        .iter()
        .filter(|r| r["pid"] == me)
        .any(|r| r["deleted"] == false));

    // volumes: the root file system.
    let vols = common::jsonl(&members, "volumes");
    assert!(vols
        .iter()
        .any(|v| v["mount_point"] == "/" && v["total_bytes"].as_u64().unwrap_or(0) > 0));

    // live_response: every command in the manifest, with its output member.
    let cmds = common::collector(&man, "live_response")["commands"]
        .as_array()
        .unwrap()
        .clone();
    assert!(!cmds.is_empty());
    for c in &cmds {
        for k in [
            "argv",
            "outcome",
            "exit_code",
            "timed_out",
            "duration_s",
            "truncated",
        ] {
            assert!(c.get(k).is_some(), "{k} missing in {c}");
        }
        if c["outcome"] == "exited" {
            let m = c["output"].as_str().unwrap();
            assert!(m.starts_with("live_response/"), "{m}");
            assert!(members.contains_key(m), "{m} not in the tarball");
        }
    }
    let uname = cmds
        .iter()
        .find(|c| c["argv"][1] == "-a")
        .expect("uname -a run");
    assert_eq!(uname["outcome"], "exited");
    assert_eq!(uname["exit_code"], 0);
    let text = &members["live_response/system/uname_-a.txt"].data;
    assert!(text.starts_with(b"Linux "));

    drop((client, server, listener, f, odd_file));
}

#[test]
fn on_an_evidence_root_every_live_collector_is_skipped_with_the_reason() {
    let work = tempfile::tempdir().unwrap();
    let run = common::collect(
        &common::fixture("mac-basic"),
        work.path(),
        &["--only", LIVE],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let members = common::members_map(&run.tarball());
    let man = common::manifest(&members);
    for c in LIVE.split(',') {
        let r = common::collector(&man, c);
        assert_eq!(r["status"], "skipped", "{c}");
        assert!(
            r["reason"].as_str().unwrap().starts_with("live-only"),
            "{c}: {}",
            r["reason"]
        );
    }
    assert!(!members.keys().any(|m| m.starts_with("live_response/")));
    for s in ["network", "open_files", "volumes", "launchd_jobs"] {
        assert!(!members.contains_key(&format!("parsed/{s}.jsonl")), "{s}");
    }
}
