//! Bar charts as SVG, drawn on the server so the dashboard needs no script.
//! Each chart carries a `<title>` and a description naming every figure; the
//! page shows the same figures as a table beside it.
//!
//! The drawing is narrow (a phone's width) with each label on its own lines
//! above its bar, so the SVG is never scaled down much: on a 360 px phone
//! its text still renders at about 13 px.
use std::fmt::Write;

/// One bar: its label and value.
pub struct Bar {
    pub label: String,
    pub value: u64,
}

/// The drawing's width in user units; pages show it at most about this wide
/// times 1.3 (`svg.chart` in `site.css`), so 1 unit is 1 px on a phone.
const WIDTH: u32 = 320;
const FONT: u32 = 13;
/// Height of one line of label text.
const LINE_H: u32 = 17;
const BAR_H: u32 = 18;
/// Space after each bar.
const GAP: u32 = 10;
/// Room kept right of the longest bar for its value, such as `1234 (56%)`.
const VALUE_W: u32 = 84;
/// How many narrow characters a label line holds (a wide one, such as a
/// Chinese character, counts twice).
const LINE_CHARS: usize = 42;
/// Blue with white-enough contrast for the value text beside it (WCAG AA on white).
const BAR_FILL: &str = "#1d5a96";

/// A horizontal bar chart; bars are scaled to the largest value. With
/// `shares`, each value also shows its share of the total (for breakdowns of
/// one whole, not for counts such as themes).
pub fn bar_chart(id: &str, title: &str, bars: &[Bar], shares: bool) -> String {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let total: u64 = bars.iter().map(|b| b.value).sum();
    let plot = WIDTH - VALUE_W;
    let rows: Vec<Vec<String>> = bars.iter().map(|b| lines(&b.label)).collect();
    let height = rows
        .iter()
        .map(|l| LINE_H * l.len() as u32 + BAR_H + GAP)
        .sum::<u32>()
        .max(GAP)
        + 4;
    let desc = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.value))
        .collect::<Vec<_>>()
        .join("; ");
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" role="img" aria-labelledby="{id}-t {id}-d" viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        escape(title),
        escape(if desc.is_empty() { "no figures" } else { &desc }),
    );
    let mut y = 4;
    for (b, label) in bars.iter().zip(&rows) {
        // One `<text>` per line, so a right-to-left page can turn each back in place.
        for line in label {
            y += LINE_H;
            let _ = write!(
                svg,
                r##"<text x="0" y="{}" font-size="{FONT}" fill="#1a1a1a">{}</text>"##,
                y - 4,
                escape(line)
            );
        }
        let w = ((b.value as f64 / max as f64) * f64::from(plot)).round() as u32;
        let share = if shares && total > 0 {
            format!(" ({:.0}%)", b.value as f64 * 100.0 / total as f64)
        } else {
            String::new()
        };
        let _ = write!(
            svg,
            r##"<rect x="0" y="{y}" width="{w}" height="{BAR_H}" fill="{BAR_FILL}"/><text x="{vx}" y="{ty}" font-size="{FONT}" fill="#1a1a1a">{value}{share}</text>"##,
            vx = w + 6,
            ty = y + 14,
            value = b.value,
        );
        y += BAR_H + GAP;
    }
    svg.push_str("</svg>");
    svg
}

/// A label broken at spaces into lines of at most `LINE_CHARS`.
fn lines(label: &str) -> Vec<String> {
    let width = |s: &str| {
        s.chars()
            .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
            .sum::<usize>()
    };
    let mut out: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match out.last_mut() {
            Some(line) if width(line) + 1 + width(word) <= LINE_CHARS => {
                line.push(' ');
                line.push_str(word);
            }
            _ => {
                // A word wider than a line (Chinese has no spaces) is cut between characters.
                let mut chunk = String::new();
                for c in word.chars() {
                    if width(&chunk) + width(c.encode_utf8(&mut [0; 4])) > LINE_CHARS {
                        out.push(std::mem::take(&mut chunk));
                    }
                    chunk.push(c);
                }
                out.push(chunk);
            }
        }
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

/// `s` escaped for HTML (and SVG) text and double-quoted attribute values.
pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_are_described() {
        let svg = bar_chart(
            "g",
            "By gender",
            &[
                Bar {
                    label: "Female".into(),
                    value: 50,
                },
                Bar {
                    label: "Male <x>".into(),
                    value: 100,
                },
            ],
            true,
        );
        assert!(svg.contains(r#"<title id="g-t">By gender</title>"#));
        assert!(svg.contains("Female: 50; Male &lt;x&gt;: 100"));
        assert!(svg.contains(r#"width="236""#), "largest bar spans the plot");
        assert!(
            svg.contains(r#"width="118""#),
            "half the value, half the width"
        );
        assert!(svg.contains("50 (33%)"));
    }

    #[test]
    fn long_labels_wrap_onto_lines_of_their_own() {
        assert_eq!(
            lines("Artificial intelligence and emerging technologies"),
            ["Artificial intelligence and emerging", "technologies"]
        );
        assert_eq!(lines("人工智能").len(), 1);
        let wide = "人".repeat(30);
        assert_eq!(lines(&wide), ["人".repeat(21), "人".repeat(9)]);
        let svg = bar_chart(
            "t",
            "Themes",
            &[Bar {
                label: "Artificial intelligence and emerging technologies".into(),
                value: 3,
            }],
            false,
        );
        assert!(svg.contains(r##"<text x="0" y="17" font-size="13" fill="#1a1a1a">Artificial intelligence and emerging</text><text x="0" y="34" font-size="13" fill="#1a1a1a">technologies</text>"##), "{svg}");
        assert!(svg.contains(r#"viewBox="0 0 320 66""#), "{svg}");
    }

    #[test]
    fn an_empty_chart_still_renders() {
        let svg = bar_chart("e", "Nothing", &[], false);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("no figures"));
    }
}
