//! Fuzz the shell-history reader in every dialect: any input must parse
//! without panicking or failing (it is in memory), and the totals must agree
//! with the entries handed out.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mactriage_collectors::formats::history::{parse, Dialect};

fuzz_target!(|data: &[u8]| {
    for dialect in [Dialect::Bash, Dialect::Zsh, Dialect::Fish, Dialect::Lines] {
        let mut entries = 0u64;
        let mut lossy = 0u64;
        let mut truncated = 0u64;
        let mut last_line = 0u64;
        let stats = parse(dialect, data, |e| {
            entries += 1;
            lossy += u64::from(e.lossy);
            truncated += u64::from(e.truncated);
            assert!(e.line >= 1);
            assert!(e.line >= last_line, "entries go forward through the file");
            last_line = e.line;
        })
        .expect("reading from memory cannot fail");
        assert_eq!(stats.entries, entries);
        assert_eq!(stats.lossy_entries, lossy);
        assert_eq!(stats.truncated_entries, truncated);
        assert!(last_line <= stats.lines);
        assert!(stats.lines <= data.iter().filter(|&&b| b == b'\n').count() as u64 + 1);
    }
});
