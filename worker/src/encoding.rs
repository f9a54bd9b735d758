//! Content codings of served bytes (RFC 9110 §8.4.1): Brotli and gzip, at
//! the qualities chosen for bodies compressed while someone waits — the
//! worker's stored aggregates and feeds (compressed once per write, on the
//! freshness path) and the API's dynamic responses (compressed per request).
//!
//! Pure functions over bytes (no I/O beyond memory, no clock), and the
//! [`Lane`]s they run on when the bytes are large: threads of their own, so
//! that compression is bounded and never waits in, or fills, tokio's
//! blocking pool.
use std::io::Write;
use std::sync::{Arc, LazyLock, Mutex, mpsc};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot};

/// Brotli's quality. Measured on the 200 × 20 global aggregate (87 KiB of
/// JSON, BENCHMARKS.md): 5 gives most of the size of 9–11 at a fraction of
/// the time, which a worker recomputing under load cannot spare.
pub const BROTLI_QUALITY: u32 = 5;

/// Brotli's window (log2 of bytes): 4 MiB, beyond the largest aggregate.
const BROTLI_WINDOW: u32 = 22;

/// gzip's level (zlib's default).
pub const GZIP_LEVEL: u32 = 6;

/// Bodies smaller than this are sent (and stored) without a coding: the
/// coding's own framing and the CPU would cost more than the bytes saved.
pub const MIN_BYTES: usize = 1024;

/// A content coding the service sends, by its registered name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    /// Both, in the order preferred at equal quality values.
    pub const ALL: [Coding; 2] = [Coding::Brotli, Coding::Gzip];

    /// The name in `Accept-Encoding` and `Content-Encoding`.
    pub fn as_str(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
        }
    }

    /// What an ETag of this coding's representation ends with
    /// (`"<tag>-br"`, `"<tag>-gz"`).
    pub fn tag_suffix(self) -> &'static str {
        match self {
            Coding::Brotli => "-br",
            Coding::Gzip => "-gz",
        }
    }

    /// `bytes` in this coding.
    pub fn encode(self, bytes: &[u8]) -> Vec<u8> {
        match self {
            Coding::Brotli => brotli(bytes),
            Coding::Gzip => gzip(bytes),
        }
    }
}

/// `bytes` in `coding`, when they are worth compressing ([`MIN_BYTES`]):
/// the forms the worker stores beside a body.
pub fn stored_form(coding: Coding, bytes: &[u8]) -> Option<Vec<u8>> {
    (bytes.len() >= MIN_BYTES).then(|| coding.encode(bytes))
}

/// `bytes` compressed with Brotli at [`BROTLI_QUALITY`].
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let params = ::brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY as i32,
        lgwin: BROTLI_WINDOW as i32,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 4 + 64);
    let mut input = bytes;
    // Reading from a slice and writing to a vector cannot fail.
    ::brotli::BrotliCompress(&mut input, &mut out, &params).expect("compressing in memory");
    out
}

/// `bytes` compressed with gzip at [`GZIP_LEVEL`].
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let out = Vec::with_capacity(bytes.len() / 3 + 64);
    let mut encoder = flate2::write::GzEncoder::new(out, flate2::Compression::new(GZIP_LEVEL));
    // Writing to a vector cannot fail.
    encoder.write_all(bytes).expect("compressing in memory");
    encoder.finish().expect("compressing in memory")
}

/// Where the worker codes the stored forms of what it writes (aggregates
/// after they are stored, `recompute_all`'s batch): two threads, which the
/// API's per-request compression ([`Lane::try_reserve`] on a lane of its
/// own) cannot take from it, and at most two such encodes at once, whatever
/// the number of jobs waiting to be coded.
pub static STORED_FORMS: LazyLock<Lane> = LazyLock::new(|| Lane::new("nri-code", 2));

/// A fixed number of threads that run CPU work (compression) one piece per
/// thread, apart from tokio's blocking pool: a piece runs once a [`Slot`]
/// is reserved, so at most as many run, or wait to run, as there are
/// threads, and what waits for a slot is a future, not a queued thread with
/// its buffers. A caller that must not wait long takes a slot only if few
/// others are waiting for one ([`Lane::reserve_unless_crowded`]) and
/// otherwise does without (an answer sent uncompressed).
pub struct Lane {
    slots: Arc<Semaphore>,
    /// Callers of `reserve_unless_crowded` waiting for a slot now.
    waiting: std::sync::atomic::AtomicUsize,
    work: mpsc::Sender<Piece>,
}

/// A piece of work for a lane's thread (it frees its slot when it ends).
type Piece = Box<dyn FnOnce() + Send>;

/// A reserved place on a [`Lane`]: the right to run one piece of work there.
pub struct Slot {
    permit: OwnedSemaphorePermit,
    work: mpsc::Sender<Piece>,
}

/// A piece of work that did not finish: it panicked, or its lane is gone.
#[derive(Debug, thiserror::Error)]
#[error("the work given to a compression thread did not finish")]
pub struct Unfinished;

impl Lane {
    /// A lane of `threads` threads named `name` (at least one).
    pub fn new(name: &str, threads: usize) -> Self {
        let threads = threads.max(1);
        let (work, queue) = mpsc::channel::<Piece>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..threads {
            let queue = Arc::clone(&queue);
            let spawned = std::thread::Builder::new()
                .name(format!("{name}-{n}"))
                .spawn(move || {
                    loop {
                        // Only one idle thread waits on the queue at a time.
                        let next = queue.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        let Ok(piece) = next else { break };
                        piece();
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, lane = name, "a compression thread did not start");
            }
        }
        Self {
            slots: Arc::new(Semaphore::new(threads)),
            waiting: Default::default(),
            work,
        }
    }

    /// Waits for a free slot.
    pub async fn reserve(&self) -> Slot {
        let permit = Arc::clone(&self.slots)
            .acquire_owned()
            .await
            .expect("a lane's semaphore is never closed");
        self.slot(permit)
    }

    /// A free slot, if there is one now.
    pub fn try_reserve(&self) -> Option<Slot> {
        let permit = Arc::clone(&self.slots).try_acquire_owned().ok()?;
        Some(self.slot(permit))
    }

    /// A free slot now, or once one frees if fewer than `queue` callers are
    /// already waiting; `None` when that many are (the lane is crowded).
    /// Waiting holds no encoder: only the caller's future.
    pub async fn reserve_unless_crowded(&self, queue: usize) -> Option<Slot> {
        use std::sync::atomic::Ordering;
        if let Some(slot) = self.try_reserve() {
            return Some(slot);
        }
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= queue {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        // Counted out again even if the caller's future is dropped meanwhile.
        struct Waiting<'a>(&'a std::sync::atomic::AtomicUsize);
        impl Drop for Waiting<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::SeqCst);
            }
        }
        let _waiting = Waiting(&self.waiting);
        Some(self.reserve().await)
    }

    fn slot(&self, permit: OwnedSemaphorePermit) -> Slot {
        Slot {
            permit,
            work: self.work.clone(),
        }
    }
}

impl Slot {
    /// Runs `work` on the lane's next free thread (at once: the slot is
    /// reserved) and gives its result; the slot is free again when it ends.
    pub async fn run<T: Send + 'static>(
        self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Unfinished> {
        let (done, result) = oneshot::channel();
        let permit = self.permit;
        let piece: Piece = Box::new(move || {
            // A panic ends the piece (its caller sees `Unfinished`), not the thread.
            let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
            // Free before answering: whoever hears the answer finds the slot free.
            drop(permit);
            if let Ok(out) = out {
                let _ = done.send(out);
            }
        });
        self.work.send(piece).map_err(|_| Unfinished)?;
        result.await.map_err(|_| Unfinished)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn sample() -> Vec<u8> {
        let row = r#"{"slug":"liberia-igf","name":"Liberia IGF","participants":{"total":240}},"#;
        row.repeat(200).into_bytes()
    }

    #[test]
    fn brotli_round_trips_and_shrinks_repetitive_json() {
        let plain = sample();
        let coded = brotli(&plain);
        assert!(coded.len() * 10 < plain.len(), "{}", coded.len());
        let mut back = Vec::new();
        ::brotli::Decompressor::new(coded.as_slice(), 4096)
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, plain);
    }

    #[test]
    fn gzip_round_trips_and_shrinks_repetitive_json() {
        let plain = sample();
        let coded = Coding::Gzip.encode(&plain);
        assert!(coded.len() * 10 < plain.len(), "{}", coded.len());
        let mut back = Vec::new();
        flate2::read::GzDecoder::new(coded.as_slice())
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, plain);
    }

    #[test]
    fn small_bodies_are_stored_without_a_coding() {
        assert_eq!(stored_form(Coding::Brotli, &[b'a'; MIN_BYTES - 1]), None);
        assert!(stored_form(Coding::Gzip, &[b'a'; MIN_BYTES]).is_some());
    }

    #[tokio::test]
    async fn a_lane_runs_at_most_its_threads_at_once_and_survives_a_panic() {
        let lane = Lane::new("test-lane", 2);
        let first = lane.try_reserve().expect("a free slot");
        let second = lane.try_reserve().expect("a second free slot");
        assert!(lane.try_reserve().is_none(), "two threads, two slots");
        // A panicking piece frees its slot and leaves its thread running.
        assert!(first.run(|| panic!("a bad piece")).await.is_err());
        let third = lane
            .try_reserve()
            .expect("the panicked piece's slot is free");
        assert_eq!(
            third.run(|| gzip(b"x").len()).await.unwrap(),
            gzip(b"x").len()
        );
        assert_eq!(second.run(|| 2 + 2).await.unwrap(), 4);
        // Both threads still take work.
        let (a, b) = (lane.reserve().await, lane.reserve().await);
        let (a, b) = tokio::join!(a.run(|| 1), b.run(|| 2));
        assert_eq!((a.unwrap(), b.unwrap()), (1, 2));
    }

    #[tokio::test]
    async fn a_crowded_lane_turns_callers_away_instead_of_queueing_them() {
        let lane = Lane::new("test-crowd", 1);
        let busy = lane.try_reserve().expect("the one slot");
        // One caller may wait; a second, while it does, is turned away.
        let mut first = Box::pin(lane.reserve_unless_crowded(1));
        assert!(
            futures_poll(&mut first).is_none(),
            "waits for the busy slot"
        );
        assert!(lane.reserve_unless_crowded(1).await.is_none(), "crowded");
        // The slot frees: the waiting caller gets it, and the queue is empty again.
        drop(busy);
        let slot = first.await.expect("the freed slot");
        assert_eq!(slot.run(|| 7).await.unwrap(), 7);
        let again = lane.reserve_unless_crowded(0).await.expect("a free slot");
        drop(again);
    }

    /// Polls `fut` once: its output if it is ready.
    fn futures_poll<F: std::future::Future + Unpin>(fut: &mut F) -> Option<F::Output> {
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        match std::pin::Pin::new(fut).poll(&mut cx) {
            std::task::Poll::Ready(out) => Some(out),
            std::task::Poll::Pending => None,
        }
    }

    #[test]
    fn empty_bodies_encode_to_valid_streams() {
        for coding in Coding::ALL {
            assert!(!coding.encode(b"").is_empty(), "{coding:?}");
        }
    }
}
