//! A deterministic random generator for synthetic data: the same seed
//! always gives the same bytes, so a failure reproduces and a generated
//! benchmark root is the same on every machine.

/// splitmix64: tiny, fast, and good enough for plausible test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// A generator for one artifact, named by `parts` (a kind, a user, an
    /// index...), independent of the order in which artifacts are made.
    pub fn for_parts(parts: &[u64]) -> Rng {
        let mut r = Rng(0x6d61_6374_7269_6167); // "mactriag"
        for p in parts {
            r.0 ^= p.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            r.next();
        }
        r
    }

    /// The next 64 random bits.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// An index into a collection of `len` items (0 when it is empty).
    pub fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One of `items`, which must not be empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.index(items.len())]
    }

    /// An upper-case UUID string.
    pub fn uuid(&mut self) -> String {
        let (a, b) = (self.next(), self.next());
        format!(
            "{:08X}-{:04X}-{:04X}-{:04X}-{:012X}",
            a >> 32,
            (a >> 16) & 0xFFFF,
            a & 0xFFFF,
            b >> 48,
            b & 0xFFFF_FFFF_FFFF
        )
    }

    /// `len` random bytes (incompressible).
    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(len + 8);
        while out.len() < len {
            out.extend_from_slice(&self.next().to_le_bytes());
        }
        out.truncate(len);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_parts_give_the_same_sequence() {
        let a: Vec<u64> = (0..4).map(|_| Rng::for_parts(&[1, 2]).next()).collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        assert_ne!(
            Rng::for_parts(&[1, 2]).next(),
            Rng::for_parts(&[2, 1]).next()
        );
        // splitmix64 from 0: the published first output.
        assert_eq!(Rng::new(0).next(), 0xE220_A839_7B1D_CDAF);
        let mut r = Rng::new(7);
        assert_eq!(r.bytes(13).len(), 13);
        assert!((0..1000).all(|_| r.below(10) < 10));
        assert_eq!(r.below(0), 0);
        assert_eq!(r.uuid().len(), 36);
    }
}
