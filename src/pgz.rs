//! Parallel gzip compression into one ordinary gzip member.
//!
//! Compression is the costliest step of a collection. As pigz does, the
//! input is cut into blocks that worker threads deflate independently; each
//! block's raw deflate output ends with a sync flush (byte-aligned, not
//! final), so the outputs concatenate, in order, into one valid deflate
//! stream, closed by an empty final block. One gzip header and one CRC-32 /
//! length trailer wrap it: the result is a single gzip member that every
//! gzip reader accepts (not a multi-member file, which some readers stop
//! reading after the first member of).
//!
//! The output does not depend on thread timing: blocks are compressed
//! without a shared dictionary and written in input order. Memory is bounded
//! by the block size times the blocks in flight. The block buffers, their
//! output buffers and each worker's deflate state are reused from block to
//! block: gigabytes go through here, and a fresh megabyte per block made
//! the allocator map and unmap memory for every one (docs/performance.md).

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use flate2::{Compress, Compression, FlushCompress};

/// Input bytes per independently compressed block.
pub const BLOCK: usize = 1 << 20;

/// A block to compress, with the buffer its output goes to.
struct Job {
    data: Vec<u8>,
    out: Vec<u8>,
    reply: Sender<io::Result<Done>>,
}

/// A compressed block, with its input buffer handed back for reuse.
struct Done {
    data: Vec<u8>,
    out: Vec<u8>,
}

/// Raw-deflate `data` into `out` (cleared first) with `c` (reset first),
/// ending with a sync flush (no final block).
fn deflate_block(c: &mut Compress, data: &[u8], out: &mut Vec<u8>) -> io::Result<()> {
    c.reset();
    out.clear();
    out.reserve(data.len() / 2 + 4096);
    let mut input = data;
    loop {
        if out.capacity() - out.len() < 4096 {
            out.reserve(out.capacity().max(64 * 1024));
        }
        let before = c.total_in();
        c.compress_vec(input, out, FlushCompress::Sync)
            .map_err(io::Error::other)?;
        let consumed = usize::try_from(c.total_in() - before).unwrap_or(input.len());
        input = input.get(consumed..).unwrap_or(&[]);
        // The flush is complete once all input is in and the output buffer
        // was not filled.
        if input.is_empty() && out.len() < out.capacity() {
            return Ok(());
        }
    }
}

/// The empty final deflate block that ends the stream.
fn final_block(level: Compression) -> io::Result<Vec<u8>> {
    let mut c = Compress::new(level, false);
    let mut out = Vec::with_capacity(64);
    c.compress_vec(&[], &mut out, FlushCompress::Finish)
        .map_err(io::Error::other)?;
    Ok(out)
}

/// A `Write` that gzips what it is given on `threads` worker threads.
pub struct ParGzWriter<W: Write> {
    out: Option<W>,
    level: Compression,
    block: Vec<u8>,
    crc: crc32fast::Hasher,
    total: u64,
    pending: VecDeque<Receiver<io::Result<Done>>>,
    max_pending: usize,
    /// Buffers back from the workers, for the next blocks.
    spare: Vec<Done>,
    jobs: Option<SyncSender<Job>>,
    workers: Vec<JoinHandle<()>>,
    header_written: bool,
}

impl<W: Write> ParGzWriter<W> {
    pub fn new(out: W, level: u32, threads: usize) -> io::Result<Self> {
        let threads = threads.max(1);
        let level = Compression::new(level);
        let (tx, rx) = mpsc::sync_channel::<Job>(threads);
        let rx = Arc::new(Mutex::new(rx));
        let mut workers = Vec::with_capacity(threads);
        for i in 0..threads {
            let rx = rx.clone();
            workers.push(
                std::thread::Builder::new()
                    .name(format!("deflate-{i}"))
                    .spawn(move || {
                        let mut c = Compress::new(level, false);
                        loop {
                            let job = match rx.lock() {
                                Ok(r) => r.recv(),
                                Err(_) => return,
                            };
                            let Ok(Job {
                                data,
                                mut out,
                                reply,
                            }) = job
                            else {
                                return;
                            };
                            let done =
                                deflate_block(&mut c, &data, &mut out).map(|()| Done { data, out });
                            let _ = reply.send(done);
                        }
                    })?,
            );
        }
        Ok(ParGzWriter {
            out: Some(out),
            level,
            block: Vec::with_capacity(BLOCK),
            crc: crc32fast::Hasher::new(),
            total: 0,
            pending: VecDeque::new(),
            max_pending: threads * 2 + 1,
            spare: Vec::new(),
            jobs: Some(tx),
            workers,
            header_written: false,
        })
    }

    fn out(&mut self) -> io::Result<&mut W> {
        self.out
            .as_mut()
            .ok_or_else(|| io::Error::other("gzip stream already finished"))
    }

    fn write_header(&mut self) -> io::Result<()> {
        if !self.header_written {
            // Magic, deflate, no flags, no mtime, no extra flags, OS = Unix.
            self.out()?
                .write_all(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])?;
            self.header_written = true;
        }
        Ok(())
    }

    /// Write out the oldest compressed block.
    fn drain_one(&mut self) -> io::Result<()> {
        if let Some(rx) = self.pending.pop_front() {
            let done = rx
                .recv()
                .map_err(|_| io::Error::other("a compression thread stopped"))??;
            self.out()?.write_all(&done.out)?;
            self.spare.push(done);
        }
        Ok(())
    }

    /// Hand the current block to the workers.
    fn dispatch(&mut self) -> io::Result<()> {
        if self.block.is_empty() {
            return Ok(());
        }
        self.write_header()?;
        while self.pending.len() >= self.max_pending {
            self.drain_one()?;
        }
        let (next, out) = match self.spare.pop() {
            Some(Done { mut data, out }) => {
                data.clear();
                (data, out)
            }
            None => (Vec::with_capacity(BLOCK), Vec::new()),
        };
        let data = std::mem::replace(&mut self.block, next);
        let (reply, rx) = mpsc::channel();
        let jobs = self
            .jobs
            .as_ref()
            .ok_or_else(|| io::Error::other("gzip stream already finished"))?;
        jobs.send(Job { data, out, reply })
            .map_err(|_| io::Error::other("the compression threads stopped"))?;
        self.pending.push_back(rx);
        Ok(())
    }

    /// Compress what is left, write the trailer, and return the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.dispatch()?;
        self.write_header()?;
        while !self.pending.is_empty() {
            self.drain_one()?;
        }
        let end = final_block(self.level)?;
        let crc = std::mem::take(&mut self.crc).finalize();
        let size = (self.total & 0xffff_ffff) as u32;
        let out = self.out()?;
        out.write_all(&end)?;
        out.write_all(&crc.to_le_bytes())?;
        out.write_all(&size.to_le_bytes())?;
        out.flush()?;
        self.jobs = None;
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
        self.out
            .take()
            .ok_or_else(|| io::Error::other("gzip stream already finished"))
    }
}

impl<W: Write> Write for ParGzWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let room = BLOCK.saturating_sub(self.block.len());
        let n = buf.len().min(room);
        let part = buf.get(..n).unwrap_or_default();
        self.block.extend_from_slice(part);
        self.crc.update(part);
        self.total += n as u64;
        if self.block.len() >= BLOCK {
            self.dispatch()?;
        }
        Ok(n)
    }

    /// Blocks are only complete at `finish`; flushing passes on what is
    /// already compressed.
    fn flush(&mut self) -> io::Result<()> {
        match self.out.as_mut() {
            Some(o) => o.flush(),
            None => Ok(()),
        }
    }
}

impl<W: Write> Drop for ParGzWriter<W> {
    fn drop(&mut self) {
        // Closing the job channel ends the workers; they are not joined here
        // so that an error path never waits on them.
        self.jobs = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn noise(len: usize, seed: u64) -> Vec<u8> {
        let mut x = seed | 1;
        (0..len)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                // Half compressible, half not.
                if (i / 4096) % 2 == 0 {
                    (i % 251) as u8
                } else {
                    x as u8
                }
            })
            .collect()
    }

    fn roundtrip(data: &[u8], threads: usize, level: u32) -> Vec<u8> {
        let mut w = ParGzWriter::new(Vec::new(), level, threads).unwrap();
        // Uneven writes, as tar makes them.
        for chunk in data.chunks(7919) {
            w.write_all(chunk).unwrap();
        }
        let gz = w.finish().unwrap();
        // A single-member decoder must read everything back.
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out.len(), data.len());
        assert!(out == data);
        gz
    }

    #[test]
    fn one_member_that_decodes_exactly() {
        for len in [0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK + BLOCK / 2] {
            let data = noise(len, len as u64 + 1);
            for threads in [1, 2, 3] {
                roundtrip(&data, threads, 1);
            }
        }
        roundtrip(&noise(2 * BLOCK + 5, 9), 2, 6);
        roundtrip(&noise(BLOCK + 5, 9), 2, 0);
    }

    #[test]
    fn a_reused_deflate_state_compresses_as_a_fresh_one() {
        let level = Compression::new(1);
        let (a, b) = (noise(BLOCK, 5), noise(BLOCK / 3, 6));
        let mut fresh = Vec::new();
        deflate_block(&mut Compress::new(level, false), &b, &mut fresh).unwrap();
        let mut c = Compress::new(level, false);
        let mut out = Vec::new();
        deflate_block(&mut c, &a, &mut out).unwrap();
        deflate_block(&mut c, &b, &mut out).unwrap();
        assert_eq!(out, fresh);
    }

    #[test]
    fn output_does_not_depend_on_threads() {
        let data = noise(5 * BLOCK + 123, 42);
        let a = roundtrip(&data, 1, 1);
        let b = roundtrip(&data, 3, 1);
        assert!(a == b);
    }

    #[test]
    fn gzip_tool_accepts_it() {
        let data = noise(2 * BLOCK + 77, 3);
        let gz = roundtrip(&data, 2, 1);
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("x.gz");
        std::fs::write(&p, &gz).unwrap();
        match std::process::Command::new("gzip")
            .arg("-t")
            .arg(&p)
            .status()
        {
            Ok(s) => assert!(s.success()),
            Err(_) => eprintln!("gzip not found; skipped"),
        }
    }

    #[test]
    fn write_errors_surface() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::new(io::ErrorKind::StorageFull, "full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut w = ParGzWriter::new(Full, 1, 2).unwrap();
        let data = noise(3 * BLOCK, 1);
        let r = w.write_all(&data).and_then(|_| w.finish().map(|_| ()));
        assert!(r.is_err());
    }
}
