//! A short, stable fingerprint (FNV-1a, 64 bits, written as 16 hex digits) of what is fed to it:
//! what a translation or a room counted ahead was made from, so a later change shows up. Pure.

/// FNV-1a over what is fed to it, 64 bits.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub fn bytes(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub fn mark(&mut self, mark: u8) {
        self.bytes(&[mark]);
    }

    pub fn number(&mut self, number: Option<f64>) {
        match number {
            Some(number) => self.bytes(&number.to_bits().to_le_bytes()),
            None => self.mark(b'-'),
        }
    }

    pub fn index(&mut self, index: usize) {
        self.bytes(&(index as u64).to_le_bytes());
    }

    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}
