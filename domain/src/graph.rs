//! The contributes-to graph: each initiative declares the regional and
//! sub-regional forums it feeds into (Liberia IGF → West Africa IGF → African
//! IGF). Links are `(initiative, forum)` pairs of ids. The graph must stay
//! acyclic (`cycle_after_replacing` finds the cycle a change would close);
//! the walks below still terminate on a cycle, visiting each id once.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// If `from` declared `targets` (replacing its current links), would a cycle
/// close? Returns the path `from → … → from` that would form, or `None`.
///
/// `edges` are the current links `(initiative, target)`; `from`'s own are ignored.
pub fn cycle_after_replacing(edges: &[(i64, i64)], from: i64, targets: &[i64]) -> Option<Vec<i64>> {
    let mut out: HashMap<i64, Vec<i64>> = HashMap::new();
    for &(a, b) in edges.iter().filter(|(a, _)| *a != from) {
        out.entry(a).or_default().push(b);
    }
    for &t in targets {
        if t == from {
            return Some(vec![from, from]);
        }
        // Depth-first search from the new target back to `from`, remembering the path.
        let mut stack = vec![(t, vec![from, t])];
        let mut seen = HashSet::new();
        while let Some((node, path)) = stack.pop() {
            if !seen.insert(node) {
                continue;
            }
            for &next in out.get(&node).map(Vec::as_slice).unwrap_or_default() {
                let mut p = path.clone();
                p.push(next);
                if next == from {
                    return Some(p);
                }
                stack.push((next, p));
            }
        }
    }
    None
}

/// For each id, the ids its links lead to: `forward` follows the links
/// (initiative → forums it feeds), otherwise they are followed backwards
/// (forum → initiatives that feed it directly).
pub fn adjacency(links: &[(i64, i64)], forward: bool) -> BTreeMap<i64, BTreeSet<i64>> {
    let mut out: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for &(from, to) in links {
        let (a, b) = if forward { (from, to) } else { (to, from) };
        out.entry(a).or_default().insert(b);
    }
    out
}

/// The ids reachable from `start` along `edges`, `start` included. Each id is
/// expanded once, so a cycle terminates.
pub fn reachable(
    start: impl IntoIterator<Item = i64>,
    edges: &BTreeMap<i64, BTreeSet<i64>>,
) -> BTreeSet<i64> {
    let mut seen: BTreeSet<i64> = start.into_iter().collect();
    let mut frontier: Vec<i64> = seen.iter().copied().collect();
    while let Some(node) = frontier.pop() {
        for &next in edges.get(&node).into_iter().flatten() {
            if seen.insert(next) {
                frontier.push(next);
            }
        }
    }
    seen
}

/// Every initiative that feeds `forums`, directly or through other forums,
/// the forums themselves excluded.
pub fn contributors_of(forums: &BTreeSet<i64>, links: &[(i64, i64)]) -> BTreeSet<i64> {
    let fed_by = adjacency(links, false);
    let mut found = reachable(forums.iter().copied(), &fed_by);
    found.retain(|id| !forums.contains(id));
    found
}

/// Every forum `initiative` feeds, directly or through other forums.
pub fn forums_reached(initiative: i64, links: &[(i64, i64)]) -> BTreeSet<i64> {
    let mut found = reachable([initiative], &adjacency(links, true));
    found.remove(&initiative);
    found
}

/// For every forum with at least one link into it, the initiatives that feed
/// it, directly or through other forums (each counted once).
pub fn contributors_by_forum(links: &[(i64, i64)]) -> HashMap<i64, HashSet<i64>> {
    let fed_by = adjacency(links, false);
    fed_by
        .keys()
        .map(|&forum| {
            let mut found = reachable([forum], &fed_by);
            found.remove(&forum);
            (forum, found.into_iter().collect())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // 1 Liberia → 2 West Africa → 3 African IGF
    const CHAIN: &[(i64, i64)] = &[(1, 2), (2, 3)];

    #[test]
    fn acyclic_links_are_accepted() {
        assert_eq!(cycle_after_replacing(CHAIN, 1, &[2, 3]), None);
        assert_eq!(cycle_after_replacing(CHAIN, 4, &[1, 3]), None);
    }

    #[test]
    fn a_cycle_is_named_from_start_to_start() {
        assert_eq!(
            cycle_after_replacing(CHAIN, 3, &[1]),
            Some(vec![3, 1, 2, 3])
        );
        assert_eq!(cycle_after_replacing(CHAIN, 2, &[2]), Some(vec![2, 2]));
    }

    #[test]
    fn replacing_links_drops_the_old_ones() {
        // 2's link to 3 is being replaced, so 3 → 2 does not close a cycle through it.
        let edges = [(2, 3)];
        assert_eq!(cycle_after_replacing(&edges, 2, &[]), None);
        assert_eq!(
            cycle_after_replacing(&[(3, 2)], 2, &[3]),
            Some(vec![2, 3, 2])
        );
    }

    // 1 Liberia → 2 WAIGF → 3 AfIGF, and 1 → 3 directly; 4 Moldova → 5 EuroDIG.
    const FORUMS: &[(i64, i64)] = &[(1, 2), (2, 3), (1, 3), (4, 5)];

    #[test]
    fn contributors_are_transitive_and_counted_once() {
        let c = contributors_by_forum(FORUMS);
        assert_eq!(c[&2], HashSet::from([1]));
        assert_eq!(c[&3], HashSet::from([1, 2]));
        assert_eq!(c[&5], HashSet::from([4]));
        assert!(!c.contains_key(&1));
        assert_eq!(
            contributors_of(&BTreeSet::from([3]), FORUMS),
            BTreeSet::from([1, 2])
        );
    }

    #[test]
    fn forums_are_reached_through_other_forums() {
        assert_eq!(forums_reached(1, FORUMS), BTreeSet::from([2, 3]));
        assert_eq!(forums_reached(3, FORUMS), BTreeSet::new());
    }

    #[test]
    fn walks_end_on_a_cycle() {
        let cyclic = [(1, 2), (2, 1)];
        assert_eq!(forums_reached(1, &cyclic), BTreeSet::from([2]));
        assert_eq!(
            contributors_of(&BTreeSet::from([1]), &cyclic),
            BTreeSet::from([2])
        );
    }
}
