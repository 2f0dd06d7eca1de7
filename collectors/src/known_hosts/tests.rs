use super::*;
use crate::kit::{testing, Status};
use serde_json::json;

// Public keys generated for these tests with `ssh-keygen -t ed25519`,
// `-t rsa -b 3072`, `-t ecdsa -b 384` and `-t dsa`; the fingerprints and
// sizes are what `ssh-keygen -lf` printed for them.
const ED25519: &str = "AAAAC3NzaC1lZDI1NTE5AAAAIOgynFy1tG6NHkK2RVehW6wCXvklIZT2Dq95TobVGcW6";
const ED25519_FP: &str = "SHA256:VHv7mThH7NS2pWyuy5w+OOO+Y3pRBCwU2KLCJq8KO+w";
const RSA: &str = "AAAAB3NzaC1yc2EAAAADAQABAAABgQCSAN+uHNOm7RBO7gSUlf3RjDZUSvxuQdExAI69L3iuTr/BcjhWoXJTNpO7hlBdfcOpGN8cPy7+x4ZhgYLtGGw1vNdMBbyItzUvpk8pkYvD5WpEksGZksxM8fytQgbaPZeuR7KbrY3jpFvq5F1zLmTrWCQSePOKnOKqnc8ioFdmyAU+f7YB93+AakKJvYRj7F1hu0UkmDNP4THSCnB9ihacx6XCrO1fce1m5LXsAkVsYDMZ4Zhyzamw24omkmbGzAyQWVyeUaHjta+hFuShd7z3WUxpIfTfwjCTSLJmAmoWyUy+4irlnKTXEy8iW8yKDsSTw7cHIF8rKbMpaEJ6ETt2tCYj/XvfA83FbQWOgeli7kzhvwL4rYsIN06ZyG7iYnmdV7Y7YEJwfUOfT1zxQHI2ySEFNhlOkAO1rQfoj9Yd4kPNr6gNBnHUOGdiwXyDJrPqgAvYnQH2WIhE+u8iY8PFULR7LNwmSYKbJzxLWwnIHEILcaXhi+aVgohUMKrTGkU=";
const RSA_FP: &str = "SHA256:6dOgr6rCO8u9pNEmEg9+zYZVdb7aqEGCsJW0f/jgh5g";
const ECDSA384: &str = "AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBH5xBNd7L+z4pxKCsbleSeX/zQTUCee1j6eGPitHMy/orP/ObAYrwEMf6tk0R8f0iObWahLUB23AI3WRLNl1kCkGK55/AJypUAoXXyyR7hITgReewEas1dgrkTFECENpGQ==";
const ECDSA384_FP: &str = "SHA256:YeY0C3se22STtICHQ24qud69YcFQH7rNEd8yrm7pJI4";
const DSA: &str = "AAAAB3NzaC1kc3MAAACBAPyYSYYMDPnDXmWmY6MK/+UuynPvVL6oeXE9Ax3VF6tlccnT6tY7RW+6pV29d2V269My47a5UdYhZg3dM+YCJ2ooEllVYTDIBgPG7feM4Xe34gGqKKqXWaF218RNv0ckzHy/qunbSzQU9f/c/zP8cIZRJxrNRWciSl9ru9jzUAYtAAAAFQCGalgdKGYcsU1A5trSDCN26X/hrwAAAIEA+pfsuUfhv1ezRjfJM/XhtKYAXrn7aWcN5BXWgB2jf1xtdn6GYgKdYiHLsBm36Q38WHWBR7qHJs+AyWGoDwwdGtmMwphA4df3NQbEVFIdjpTWfitNe5h7n8ZwJ4GI+rIyDAelrSHDLSj3VbYit2JJKZBLAvqgxhCWdvDDc599sDQAAACBAICDMEy6JgApIzkPwG5Rq586cHjtI077HV4/EQJqy8Mf1Y6oP1v61Z12tcS5r9J3bghUzsoqoiUuMEl8h2ZqvkFaijjWB1COhQFa/X4rm/duOzNTwy6tyWsUCUb+eEMfz0M+yiXr5TyouS3hUVG/6o/sx5+/m0d46XC+eXUFZRcI";
const DSA_FP: &str = "SHA256:RiPT0N/7FteQ91D60VuRIg9WxmoIzzDF5529IbGduNk";

#[test]
fn fingerprints_and_sizes_as_ssh_keygen_prints_them() {
    for (t, k, fp, bits) in [
        ("ssh-ed25519", ED25519, ED25519_FP, 256),
        ("ssh-rsa", RSA, RSA_FP, 3072),
        ("ecdsa-sha2-nistp384", ECDSA384, ECDSA384_FP, 384),
        ("ssh-dss", DSA, DSA_FP, 1024),
    ] {
        let info = key_info(t, k).unwrap();
        assert_eq!(info.fingerprint, fp, "{t}");
        assert_eq!(info.bits, Some(bits), "{t}");
        assert_eq!(info.blob_type.as_deref(), Some(t));
    }
    assert!(key_info("ssh-ed25519", "not base64!").is_err());
    // A truncated RSA key: a fingerprint, no size.
    let info = key_info("ssh-rsa", &RSA[..40]).unwrap();
    assert_eq!(info.bits, None);
    assert_eq!(mpint_bits(&[0x00, 0x80, 0x00]), 16);
    assert_eq!(mpint_bits(&[0x01]), 1);
    assert_eq!(mpint_bits(&[]), 0);
}

#[test]
fn line_and_config_syntax() {
    let l = split_line("@cert-authority *.example.com ssh-ed25519 AAAA the comment  here").unwrap();
    assert_eq!(l.marker, Some("@cert-authority"));
    assert_eq!(l.hosts, "*.example.com");
    assert_eq!(l.key_type, Some("ssh-ed25519"));
    assert_eq!(l.comment, Some("the comment  here"));
    let l = split_line("host").unwrap();
    assert_eq!((l.key_type, l.key), (None, None));

    let cfg = "# top\nServerAliveInterval 30\n\nHost bastion jump\n  HostName 198.51.100.4\n  User ops\n  Port=2222\n  IdentityFile ~/.ssh/id_a\n  IdentityFile ~/.ssh/id_b\n  LocalForward 5432 db:5432\nmatch host *.corp exec \"true\"\n  ProxyJump bastion\n";
    let blocks = parse_config(cfg);
    assert_eq!(blocks.len(), 3);
    assert_eq!(blocks[0].keyword, "");
    assert_eq!(
        blocks[0].options,
        vec![("serveraliveinterval".to_string(), "30".to_string())]
    );
    assert_eq!(blocks[1].keyword, "Host");
    assert_eq!(blocks[1].patterns, vec!["bastion", "jump"]);
    assert_eq!(blocks[1].line, 4);
    assert_eq!(blocks[1].get("port"), Some("2222"));
    assert_eq!(
        blocks[1].all("identityfile"),
        vec!["~/.ssh/id_a", "~/.ssh/id_b"]
    );
    assert_eq!(blocks[2].keyword, "Match");
    assert_eq!(blocks[2].get("proxyjump"), Some("bastion"));
}

fn write(root: &Path, rel: &str, data: &[u8]) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, data).unwrap();
}

#[test]
fn every_home_the_system_list_and_bad_lines() {
    let d = tempfile::tempdir().unwrap();
    let r = d.path();
    let hashed = "|1|c2FsdHNhbHRzYWx0c2FsdHNhbHQ=|aGFzaGhhc2hoYXNoaGFzaGhhc2g=";
    write(
        r,
        "Users/eve/.ssh/known_hosts",
        format!(
            "# comment\n\ngithub.com,140.82.112.3 ssh-ed25519 {ED25519}\n[gw.example.net]:2222 ssh-rsa {RSA} eve@laptop\n{hashed} ecdsa-sha2-nistp384 {ECDSA384}\n@revoked old.example.org ssh-dss {DSA}\nbroken.example ssh-ed25519 %%%\r\nweird.example ssh-rsa {ED25519}\n"
        )
        .as_bytes(),
    );
    write(
        r,
        "Users/eve/.ssh/config",
        b"Host bastion\n  HostName 198.51.100.4\n  User ops\n  ProxyCommand nc -x 127.0.0.1:9050 %h %p\n  Include ~/.ssh/extra\n",
    );
    write(
        r,
        &SYSTEM_FILES[0][1..],
        format!("build.internal ssh-ed25519 {ED25519}\n").as_bytes(),
    );
    std::os::unix::fs::symlink("/etc/passwd", r.join("Users/eve/.ssh/known_hosts2")).unwrap();
    let (report, sink) = testing::run_on(r, &KnownHosts);
    assert_eq!(report.status, Status::Partial);
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert_eq!(
        report.errors[0].path.as_deref(),
        Some("/Users/eve/.ssh/known_hosts")
    );
    assert!(report.errors[0].message.starts_with(
        "2 line(s) without a readable key (first: line 7: the key is not valid base64"
    ));
    let recs = sink.records(STREAM);
    let got: Vec<serde_json::Value> = recs
        .iter()
        .filter(|r| r["kind"] == "known_host")
        .map(|r| {
            json!([
                r["user"],
                r["line_number"],
                r["host"],
                r["hashed"],
                r["key_type_name"],
                r["bits"],
                r["fingerprint"],
                r["marker"]
            ])
        })
        .collect();
    assert_eq!(
        got,
        vec![
            json!([
                null,
                1,
                "build.internal",
                false,
                "ED25519",
                256,
                ED25519_FP,
                null
            ]),
            json!([
                "eve",
                3,
                "github.com",
                false,
                "ED25519",
                256,
                ED25519_FP,
                null
            ]),
            json!([
                "eve",
                4,
                "[gw.example.net]:2222",
                false,
                "RSA",
                3072,
                RSA_FP,
                null
            ]),
            json!(["eve", 5, null, true, "ECDSA", 384, ECDSA384_FP, null]),
            json!([
                "eve",
                6,
                "old.example.org",
                false,
                "DSA",
                1024,
                DSA_FP,
                "@revoked"
            ]),
            json!([
                "eve",
                7,
                "broken.example",
                false,
                "ED25519",
                null,
                null,
                null
            ]),
            json!([
                "eve",
                8,
                "weird.example",
                false,
                "RSA",
                256,
                ED25519_FP,
                null
            ]),
        ]
    );
    assert_eq!(recs[1]["hosts"], json!(["github.com", "140.82.112.3"]));
    assert_eq!(recs[2]["comment"], "eve@laptop");
    assert_eq!(recs[3]["hashed_host"], hashed);
    assert_eq!(recs[3]["hosts"], json!([]));
    assert_eq!(recs[5]["line"], "broken.example ssh-ed25519 %%%");
    assert_eq!(
        recs[6]["error"],
        "the key says it is ssh-ed25519, the line ssh-rsa"
    );
    let cfg = recs.iter().find(|r| r["kind"] == "config_host").unwrap();
    assert_eq!(cfg["patterns"], json!(["bastion"]));
    assert_eq!(cfg["hostname"], "198.51.100.4");
    assert_eq!(cfg["ssh_user"], "ops");
    assert_eq!(cfg["proxy_command"], "nc -x 127.0.0.1:9050 %h %p");
    assert_eq!(cfg["includes"], json!(["~/.ssh/extra"]));
    assert_eq!(cfg["user"], "eve");
    // The symlinked file is recorded as a link and not read.
    let items = sink.items.lock().unwrap();
    let link = items
        .iter()
        .find(|i| i.0.ends_with("known_hosts2"))
        .unwrap();
    assert_eq!(link.3.as_deref(), Some(Path::new("/etc/passwd")));
}

/// The records of the bundled fixture, as a reviewed snapshot.
#[test]
fn snapshot_of_the_bundled_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mac-basic");
    let (report, sink) = testing::run_on(&root, &KnownHosts);
    assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
    insta::assert_json_snapshot!(sink.records(STREAM));
}
