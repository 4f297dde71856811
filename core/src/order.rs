//! One stable sort for the whole core. `slice::sort_by_key` instantiates the standard library's
//! sort (about 3 KB of WebAssembly) for each element type and key, and the guide sorts a
//! handful of short lists in several places: every copy weighed on the first visit. Here the
//! sorting is done once, on `(key, key, index)` triples, and only the reordering is generic.

/// Sorts `v` by `key`, ascending, keeping the order of equal keys (a stable sort).
pub fn by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> (i64, i64)) {
    let mut keyed: Vec<(i64, i64, usize)> = v
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let (a, b) = key(x);
            (a, b, i)
        })
        .collect();
    sort_triples(&mut keyed);
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(keyed.into_iter().filter_map(|(_, _, i)| slots[i].take()));
}

// The index makes every triple distinct, so an unstable sort gives the stable order.
#[inline(never)]
fn sort_triples(t: &mut [(i64, i64, usize)]) {
    t.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_both_keys_and_keeps_ties_in_order() {
        let mut v = vec![("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 0)];
        by_key(&mut v, |(_, k)| (*k, 0));
        assert_eq!(v, [("e", 0), ("a", 1), ("d", 1), ("b", 2), ("c", 2)]);
        by_key(&mut v, |(name, k)| (-k, -(name.as_bytes()[0] as i64)));
        assert_eq!(v, [("c", 2), ("b", 2), ("d", 1), ("a", 1), ("e", 0)]);
        let mut empty: Vec<u8> = Vec::new();
        by_key(&mut empty, |_| (0, 0));
        assert!(empty.is_empty());
    }
}
