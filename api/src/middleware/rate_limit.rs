//! A token bucket per client address, for open endpoints such as sign-up.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Clone)]
pub struct RateLimiter {
    inner: Arc<Mutex<HashMap<String, (f64, Instant)>>>,
    burst: f64,
    refill: Duration,
}

impl RateLimiter {
    /// `burst` requests at once; one more is allowed every `refill`.
    pub fn new(burst: u32, refill: Duration) -> Self {
        Self {
            inner: Arc::default(),
            burst: f64::from(burst),
            refill,
        }
    }

    /// Takes one token for `key`; `Err` carries the seconds until the next one.
    pub fn check(&self, key: &str) -> Result<(), u64> {
        let now = Instant::now();
        let mut map = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 10_000 {
            // Forget full buckets so the map cannot grow without bound.
            let (burst, refill) = (self.burst, self.refill);
            map.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() / refill.as_secs_f64() < burst
            });
        }
        let (tokens, at) = map.entry(key.to_owned()).or_insert((self.burst, now));
        let per_sec = 1.0 / self.refill.as_secs_f64().max(0.001);
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * per_sec).min(self.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) / per_sec).ceil() as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_refusal_per_key() {
        let rl = RateLimiter::new(2, Duration::from_secs(60));
        assert!(rl.check("a").is_ok());
        assert!(rl.check("a").is_ok());
        let wait = rl.check("a").unwrap_err();
        assert!((1..=60).contains(&wait));
        assert!(rl.check("b").is_ok());
    }
}
