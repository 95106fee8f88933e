//! Reports made of the words of the news (`common/news.rs`: names from several languages
//! joined by function words, titles, particles, dates, hedged amounts, quotes, datelines,
//! page furniture), each compared with an edited copy of itself, both ways and with itself,
//! under the invariants every input must keep (`common/invariants.rs`). The `news` fuzz
//! target runs the same pairs for longer; what it finds becomes a test in
//! `news_regressions.rs`.

mod common;

use common::{invariants, news};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn news_pairs_keep_every_invariant(bytes in prop::collection::vec(any::<u8>(), 0..700)) {
        let (left, right, options) = news::pair(&bytes);
        invariants::check_pair(&left, &right, &options);
    }
}
