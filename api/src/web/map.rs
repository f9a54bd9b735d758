//! The world map of the directory and the dashboards: an inline SVG drawn on
//! the server from Natural Earth's public-domain outlines (`map/world.tsv`,
//! made once by `map/regenerate.py`), so it needs no script and no request of
//! its own. Each marked country is a link with a `<title>` naming it in the
//! reader's language; every other country is drawn as one grey path. The page
//! lists the same countries as text beside it (the map's text alternative).
//!
//! Names and links are the caller's: nothing here reads the registry.
use super::charts::escape;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::OnceLock;

/// The outlines: `CODE<TAB>path data` or `CODE<TAB>@x,y` (a country too small
/// for the 110m outlines, drawn as a dot), after one header line.
const WORLD: &str = include_str!("map/world.tsv");
/// The grid `regenerate.py` projects onto.
const WIDTH: u32 = 1000;
const HEIGHT: u32 = 437;
/// The radius of a small country's dot.
const DOT: u32 = 4;
const LAND: &str = "#d4d8dd";
/// The charts' blue: white borders and the grey land stay distinct from it.
const MARKED: &str = "#1d5a96";

/// How a country is drawn.
enum Shape {
    Path(&'static str),
    Dot(u32, u32),
}

/// Every drawn country by ISO 3166-1 alpha-2 code, read once.
fn world() -> &'static BTreeMap<&'static str, Shape> {
    static WORLD_SHAPES: OnceLock<BTreeMap<&'static str, Shape>> = OnceLock::new();
    WORLD_SHAPES.get_or_init(|| {
        WORLD
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| {
                let (code, d) = l
                    .split_once('\t')
                    .unwrap_or_else(|| panic!("map/world.tsv: no tab in `{l}`"));
                let shape = match d.strip_prefix('@').and_then(|xy| xy.split_once(',')) {
                    Some((x, y)) => Shape::Dot(
                        x.parse().expect("map/world.tsv: a dot's x"),
                        y.parse().expect("map/world.tsv: a dot's y"),
                    ),
                    None => Shape::Path(d),
                };
                (code, shape)
            })
            .collect()
    })
}

/// A country the map marks: its link and its name (with, say, how many
/// initiatives it has) in the reader's language.
pub struct Marked {
    pub code: String,
    pub href: String,
    pub title: String,
}

/// The map with `marked` countries as links; `title` names the whole map
/// (e.g. "Countries with an initiative") and `id` keeps its ids unique on
/// the page. A marked code the outlines do not draw is left to the list
/// beside the map.
pub fn world_map(id: &str, title: &str, marked: &[Marked]) -> String {
    let shapes = world();
    let mut land = String::new();
    let marked_codes: std::collections::BTreeSet<&str> =
        marked.iter().map(|m| m.code.as_str()).collect();
    for (code, shape) in shapes {
        if let (Shape::Path(d), false) = (shape, marked_codes.contains(code)) {
            land.push_str(d);
        }
    }
    let mut svg = String::with_capacity(land.len() + marked.len() * 160 + 400);
    let _ = write!(
        svg,
        r##"<svg class="world-map" id="{id}" aria-labelledby="{id}-t" viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><path fill="{LAND}" stroke="#fff" stroke-width=".5" d="{land}"/><g fill="{MARKED}" stroke="#fff" stroke-width=".5">"##,
        escape(title),
    );
    for m in marked {
        let Some(shape) = shapes.get(m.code.as_str()) else {
            continue;
        };
        let _ = write!(
            svg,
            r#"<a href="{}"><title>{}</title>"#,
            escape(&m.href),
            escape(&m.title)
        );
        let _ = match shape {
            Shape::Path(d) => write!(svg, r#"<path d="{d}"/>"#),
            Shape::Dot(x, y) => write!(svg, r#"<circle cx="{x}" cy="{y}" r="{DOT}"/>"#),
        };
        svg.push_str("</a>");
    }
    svg.push_str("</g></svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(code: &str, title: &str) -> Marked {
        Marked {
            code: code.into(),
            href: format!("/initiatives?country={code}&x=<"),
            title: title.into(),
        }
    }

    #[test]
    fn the_outlines_cover_the_countries_of_the_registry() {
        let shapes = world();
        // Every code is a country of the registry's table.
        for code in shapes.keys() {
            assert!(
                crate::domain::countries::lookup(code).is_some(),
                "{code} is not a registry country"
            );
        }
        // Nearly all of them are drawn: the few left out (French overseas
        // departments, outlying islands) are in no Natural Earth layer of
        // their own; the list beside the map names them.
        let all = crate::domain::countries::COUNTRIES.len();
        assert!(shapes.len() + 12 >= all, "{} of {all}", shapes.len());
        assert!(matches!(shapes["MD"], Shape::Path(_)));
        assert!(matches!(shapes["MT"], Shape::Dot(..)), "Malta is a dot");
    }

    #[test]
    fn marked_countries_are_links_named_for_the_reader() {
        let svg = world_map(
            "m",
            "Countries <with> initiatives",
            &[
                marked("MD", "Moldavie"),
                marked("MT", "Malte"),
                marked("ZZ", "?"),
            ],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"<title id="m-t">Countries &lt;with&gt; initiatives</title>"#));
        assert!(svg.contains(
            r#"<a href="/initiatives?country=MD&amp;x=&lt;"><title>Moldavie</title><path d="M"#
        ));
        assert!(svg.contains(r#"<title>Malte</title><circle cx="#));
        assert_eq!(svg.matches("<a ").count(), 2, "an undrawn code is skipped");
        // A marked country is drawn once: not also in the grey land.
        let Shape::Path(md) = world()["MD"] else {
            unreachable!()
        };
        assert_eq!(svg.matches(md).count(), 1);
    }

    #[test]
    fn the_whole_map_stays_small() {
        let everything: Vec<Marked> = world()
            .keys()
            .map(|c| marked(c, "A country with a long enough name (12)"))
            .collect();
        let svg = world_map("m", "Map", &everything);
        assert!(svg.len() < 60_000, "{} bytes", svg.len());
    }
}
