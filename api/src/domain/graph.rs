//! The contributes-to graph: initiatives declare which regional forums they feed
//! into. The graph must stay acyclic; this module finds the cycle a change would close.
use std::collections::{HashMap, HashSet};

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
}
