//! Bar charts as SVG, drawn on the server so the dashboard needs no script.
//! Each chart carries a `<title>` and a description naming every figure; the
//! page shows the same figures as a table beside it.
use std::fmt::Write;

/// One bar: its label and value.
pub struct Bar {
    pub label: String,
    pub value: u64,
}

const WIDTH: u32 = 640;
const LABEL_W: u32 = 200;
const ROW_H: u32 = 28;
const BAR_H: u32 = 18;
/// Blue with white-enough contrast for the value text beside it (WCAG AA on white).
const BAR_FILL: &str = "#1d5a96";

/// A horizontal bar chart; bars are scaled to the largest value. With
/// `shares`, each value also shows its share of the total (for breakdowns of
/// one whole, not for counts such as themes).
pub fn bar_chart(id: &str, title: &str, bars: &[Bar], shares: bool) -> String {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let total: u64 = bars.iter().map(|b| b.value).sum();
    let height = ROW_H * bars.len().max(1) as u32 + 8;
    let plot = WIDTH - LABEL_W - 110;
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
    for (i, b) in bars.iter().enumerate() {
        let y = ROW_H * i as u32 + 4;
        let w = ((b.value as f64 / max as f64) * f64::from(plot)).round() as u32;
        let share = if shares && total > 0 {
            format!(" ({:.0}%)", b.value as f64 * 100.0 / total as f64)
        } else {
            String::new()
        };
        let _ = write!(
            svg,
            r##"<text x="{lx}" y="{ty}" text-anchor="end" font-size="14" fill="#1a1a1a">{label}</text><rect x="{LABEL_W}" y="{y}" width="{w}" height="{BAR_H}" fill="{BAR_FILL}"/><text x="{vx}" y="{ty}" font-size="14" fill="#1a1a1a">{value}{share}</text>"##,
            lx = LABEL_W - 8,
            ty = y + 14,
            label = escape(&b.label),
            vx = LABEL_W + w + 6,
            value = b.value,
        );
    }
    svg.push_str("</svg>");
    svg
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
        assert!(svg.contains(r#"width="330""#), "largest bar spans the plot");
        assert!(
            svg.contains(r#"width="165""#),
            "half the value, half the width"
        );
        assert!(svg.contains("50 (33%)"));
    }

    #[test]
    fn an_empty_chart_still_renders() {
        let svg = bar_chart("e", "Nothing", &[], false);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("no figures"));
    }
}
