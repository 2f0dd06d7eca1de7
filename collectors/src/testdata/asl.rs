//! ASL DB stores (format version 2), written the way Apple's `asl_file.c`
//! does: a record's strings first, then the record, then the previous
//! record's next-offset (or the header's first-record offset) patched to
//! point at it, and the header's last-record offset updated.

/// Fields of one message record. String references come from
/// [`Store::string`] or [`Store::inline`]; 0 is no string.
#[derive(Debug, Clone, Default)]
pub struct Rec {
    pub message_id: u64,
    pub seconds: i64,
    pub nanoseconds: u32,
    pub level: u16,
    pub flags: u16,
    pub pid: u32,
    pub uid: i32,
    pub gid: i32,
    pub read_uid: i32,
    pub read_gid: i32,
    pub ref_pid: u32,
    /// host, sender, facility, message, ref_proc, session
    pub strings: [u64; 6],
    /// Key and value references, alternating.
    pub kv: Vec<u64>,
}

/// An ASL DB store being written in memory.
#[derive(Debug, Clone)]
pub struct Store {
    buf: Vec<u8>,
    records: Vec<u64>,
}

impl Default for Store {
    fn default() -> Self {
        Store::new()
    }
}

impl Store {
    /// An empty store created at 2020-09-13T12:26:40Z.
    pub fn new() -> Store {
        Store::created_at(1_600_000_000)
    }

    /// An empty store whose header says it was created at `creation`
    /// (POSIX seconds).
    pub fn created_at(creation: i64) -> Store {
        let mut buf = Vec::new();
        buf.extend_from_slice(b"ASL DB\0\0\0\0\0\0");
        buf.extend_from_slice(&2u32.to_be_bytes());
        buf.extend_from_slice(&0u64.to_be_bytes()); // first record (at 16)
        buf.extend_from_slice(&creation.to_be_bytes());
        buf.extend_from_slice(&256u32.to_be_bytes()); // string cache size
        buf.extend_from_slice(&0u64.to_be_bytes()); // last record (at 36)
        buf.resize(80, 0);
        Store {
            buf,
            records: Vec::new(),
        }
    }

    fn put_u64(&mut self, at: u64, v: u64) {
        let at = at as usize;
        self.buf[at..at + 8].copy_from_slice(&v.to_be_bytes());
    }

    /// A string record holding `s` and a NUL; returns its offset.
    pub fn string(&mut self, s: &[u8]) -> u64 {
        let off = self.buf.len() as u64;
        self.buf.extend_from_slice(&1u16.to_be_bytes());
        self.buf
            .extend_from_slice(&(s.len() as u32 + 1).to_be_bytes());
        self.buf.extend_from_slice(s);
        self.buf.push(0);
        off
    }

    /// An inline string reference (the string in the reference itself):
    /// at most 7 bytes, longer strings are cut.
    pub fn inline(s: &str) -> u64 {
        let s = &s.as_bytes()[..s.len().min(7)];
        let mut b = [0u8; 8];
        b[0] = 0x80 | s.len() as u8;
        b[1..1 + s.len()].copy_from_slice(s);
        u64::from_be_bytes(b)
    }

    /// A message record; returns its offset.
    pub fn record(&mut self, r: &Rec) -> u64 {
        let off = self.buf.len() as u64;
        let prev = self.records.last().copied().unwrap_or(0);
        let b = &mut self.buf;
        b.extend_from_slice(&0u16.to_be_bytes());
        b.extend_from_slice(&(116 + 8 * r.kv.len() as u32).to_be_bytes());
        b.extend_from_slice(&0u64.to_be_bytes()); // next
        b.extend_from_slice(&r.message_id.to_be_bytes());
        b.extend_from_slice(&r.seconds.to_be_bytes());
        b.extend_from_slice(&r.nanoseconds.to_be_bytes());
        b.extend_from_slice(&r.level.to_be_bytes());
        b.extend_from_slice(&r.flags.to_be_bytes());
        b.extend_from_slice(&r.pid.to_be_bytes());
        b.extend_from_slice(&r.uid.to_be_bytes());
        b.extend_from_slice(&r.gid.to_be_bytes());
        b.extend_from_slice(&r.read_uid.to_be_bytes());
        b.extend_from_slice(&r.read_gid.to_be_bytes());
        b.extend_from_slice(&r.ref_pid.to_be_bytes());
        b.extend_from_slice(&(r.kv.len() as u32).to_be_bytes());
        for s in r.strings.iter().chain(&r.kv) {
            b.extend_from_slice(&s.to_be_bytes());
        }
        b.extend_from_slice(&prev.to_be_bytes());
        match self.records.last() {
            Some(&p) => self.put_u64(p + 6, off),
            None => self.put_u64(16, off),
        }
        self.put_u64(36, off);
        self.records.push(off);
        off
    }

    /// The bytes written so far.
    pub fn bytes(&self) -> &[u8] {
        &self.buf
    }

    /// The size of the store so far.
    pub fn size(&self) -> usize {
        self.buf.len()
    }

    /// The offsets of the message records, in order.
    pub fn records(&self) -> &[u64] {
        &self.records
    }

    /// The finished store.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}

/// Three records: table and inline strings, key/value pairs, reused
/// strings, a non-ASCII string and a key without a value. Returns the store
/// and the offsets of its records.
pub fn sample() -> (Vec<u8>, Vec<u64>) {
    let mut b = Store::new();
    let host = b.string(b"host.local");
    let sender = b.string(b"sender");
    let message = b.string(b"Hello, world");
    let key1 = b.string(b"Key1");
    let val2 = b.string(b"value two");
    b.record(&Rec {
        message_id: 1,
        seconds: 1_600_000_000,
        nanoseconds: 123_456_789,
        level: 5,
        flags: 1,
        pid: 42,
        uid: 501,
        gid: 20,
        read_uid: -1,
        read_gid: 80,
        ref_pid: 7,
        strings: [
            host,
            sender,
            Store::inline("daemon"),
            message,
            0,
            Store::inline("s1"),
        ],
        kv: vec![key1, Store::inline("v1"), Store::inline("K2"), val2],
    });
    let second = b.string(b"second");
    b.record(&Rec {
        message_id: 2,
        seconds: 1_600_000_001,
        level: 3,
        pid: 43,
        uid: -2,
        gid: -2,
        read_uid: -1,
        read_gid: -1,
        strings: [host, sender, 0, second, 0, 0],
        ..Rec::default()
    });
    let third = b.string("caf\u{e9}".as_bytes());
    let empty_key = b.string(b"Empty");
    b.record(&Rec {
        message_id: 3,
        seconds: 1_600_000_002,
        nanoseconds: 999_999_999,
        level: 7,
        strings: [host, 0, 0, third, 0, 0],
        kv: vec![empty_key, 0],
        ..Rec::default()
    });
    let records = b.records().to_vec();
    (b.into_bytes(), records)
}
