//! The order in which a choice exercise shows its options.
//!
//! Options are shuffled per learner and exercise, so that the place of the
//! right answer tells nothing, but the order is stable: the same learner
//! reopening the same exercise sees the same order. Options an author pins
//! (`pinned: true`, e.g. "none of the above") keep their place in the file.
//! Answers are always recorded by option id, never by position.

/// The seed of a learner's order: profile, pack, module and exercise ids
/// (and, for a scenario, the node id).
pub fn learner_seed(profile: &str, pack: &str, module: &str, exercise: &str) -> String {
    format!("{profile}/{pack}/{module}/{exercise}")
}

/// The seed of the one order a whole room sees in presenter mode.
pub fn room_seed(pack: &str, module: &str, exercise: &str) -> String {
    format!("room/{pack}/{module}/{exercise}")
}

/// 64-bit FNV-1a of a string: stable across versions and platforms.
fn hash(seed: &str) -> u64 {
    seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// splitmix64: a well-mixed next value from any state, zero included.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The display order of `pinned.len()` options: indices into the file's
/// list, in the order to show them. Pinned options stay at their index;
/// the others are shuffled (Fisher–Yates) among the remaining places.
pub fn display_order(seed: &str, pinned: &[bool]) -> Vec<usize> {
    let mut free: Vec<usize> = (0..pinned.len()).filter(|&i| !pinned[i]).collect();
    let mut state = hash(seed);
    for i in (1..free.len()).rev() {
        let bound = i as u64 + 1;
        let j = usize::try_from(next(&mut state) % bound).unwrap_or(0);
        free.swap(i, j);
    }
    let mut free = free.into_iter();
    (0..pinned.len())
        .map(|i| {
            if pinned[i] {
                i
            } else {
                free.next().unwrap_or(i)
            }
        })
        .collect()
}

/// A fixed shuffle of `items` for `seed` (the same every time, on every
/// machine and in every version), never the original order when there are
/// two or more items: the order of an ordering exercise's items and of a
/// matching exercise's right-hand texts.
pub fn shuffled(seed: &str, mut items: Vec<String>) -> Vec<String> {
    let original = items.clone();
    let mut state = seed.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap_or(0);
        items.swap(i, j);
    }
    if items.len() > 1 && items == original {
        items.rotate_left(1);
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_permutation(order: &[usize]) -> bool {
        let mut sorted = order.to_vec();
        sorted.sort_unstable();
        sorted == (0..order.len()).collect::<Vec<_>>()
    }

    #[test]
    fn stable_for_one_learner_and_a_permutation() {
        let seed = learner_seed("p1", "pack", "m", "q");
        let one = display_order(&seed, &[false; 5]);
        assert_eq!(one, display_order(&seed, &[false; 5]));
        assert!(is_permutation(&one));
        assert!(display_order("x", &[]).is_empty());
        assert_eq!(display_order("x", &[false]), vec![0]);
    }

    #[test]
    fn pinned_options_keep_their_place() {
        let pins = [false, false, false, true];
        for n in 0..200 {
            let order = display_order(&format!("learner-{n}"), &pins);
            assert_eq!(order[3], 3, "the pinned last option stays last");
            assert!(is_permutation(&order));
        }
        assert_eq!(display_order("any", &[true, true]), vec![0, 1]);
    }

    #[test]
    fn learners_see_different_orders_and_every_place_is_used() {
        // Where the first option of the file lands, over 400 learners: each
        // of the 4 places about a quarter of the time.
        let mut at = [0_u32; 4];
        let mut orders = std::collections::HashSet::new();
        for n in 0..400 {
            let seed = learner_seed(&format!("profile-{n}"), "pack", "m", "q");
            let order = display_order(&seed, &[false; 4]);
            let place = order.iter().position(|&i| i == 0).expect("present");
            at[place] += 1;
            orders.insert(order);
        }
        assert_eq!(orders.len(), 24, "all 24 orders of 4 options occur");
        for count in at {
            assert!((70..=130).contains(&count), "{at:?}");
        }
    }

    #[test]
    fn shuffle_is_stable_and_never_the_answer() {
        let items: Vec<String> = ["a", "b", "c", "d"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let one = shuffled("q1", items.clone());
        assert_eq!(one, shuffled("q1", items.clone()), "the same every time");
        assert_ne!(one, items);
        let two = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(
            shuffled("anything", two.clone()),
            vec!["b".to_owned(), "a".to_owned()]
        );
    }
}
