//! Share images: a package's verdicts as a 1200×630 card, in SVG and in PNG, from the same model
//! and the same words as the page (the headline, each party's verdict and chance, the date, the
//! credit). The PNG is drawn by resvg with the DejaVu Sans fonts bundled in `assets/fonts/`, so
//! it looks the same on every machine; native only, never in the wasm.

use std::sync::Arc;

use dealscope::model::words::{escape_html, verdict_icon};
use dealscope::model::{evaluate, explain_all, Package, Scenario, Verdict, Words};
use resvg::{tiny_skia, usvg};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

const SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// The card's colours: the page's light scheme (AA contrast on white).
const TEXT: &str = "#1a1c20";
const MUTED: &str = "#4a4f59";
const SURFACE: &str = "#f4f5f7";
const ACCENT: &str = "#1d4e89";

fn verdict_colour(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Accept => "#1b6b3a",
        Verdict::Uncertain => "#7a5300",
        Verdict::Reject => "#a4262c",
    }
}

/// Splits `text` into lines of at most `width` characters, at spaces; a line that would be past
/// `max_lines` ends the text with an ellipsis.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let kept: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end());
        }
    }
    lines
}

/// The card as SVG text. `name` is the proposal's name when the package is a preset's.
pub fn svg(words: &Words, scenario: &Scenario, package: &Package, name: Option<&str>) -> String {
    let outcome = evaluate(scenario, package);
    let headline = words.headline(scenario, package, &outcome, &explain_all(scenario, package));
    let mut out = String::new();
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"DejaVu Sans\">\n"
    ));
    out.push_str(&format!("<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\n"));
    out.push_str(&format!("<rect width=\"{WIDTH}\" height=\"12\" fill=\"{ACCENT}\"/>\n"));
    out.push_str(&format!(
        "<text x=\"60\" y=\"74\" font-size=\"26\" font-weight=\"bold\" fill=\"{ACCENT}\">{}</text>\n",
        escape_html(&words.get("kicker"))
    ));
    let title = name.map_or_else(
        || scenario.title.clone(),
        |name| words.format("card-title", &[("name", name.into()), ("date", words.human_date(scenario.as_of).into())]),
    );
    let title_lines = wrap(&title, 52, 2);
    for (i, line) in title_lines.iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"60\" y=\"{}\" font-size=\"38\" font-weight=\"bold\" fill=\"{TEXT}\">{}</text>\n",
            126 + 46 * i,
            escape_html(line)
        ));
    }
    let headline_top = 126 + 46 * title_lines.len() + 12;
    for (i, line) in wrap(&headline, 70, 3).iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"60\" y=\"{}\" font-size=\"28\" fill=\"{TEXT}\">{}</text>\n",
            headline_top + 36 * i,
            escape_html(line)
        ));
    }
    // One row per party: name, a bar of its chance, the verdict in words with its symbol.
    let rows_top = 336;
    for (party_idx, (party, o)) in scenario.parties.iter().zip(&outcome.parties).enumerate() {
        let y = rows_top + 54 * party_idx;
        let colour = verdict_colour(o.verdict);
        let bar = (300.0 * o.probability.clamp(0.0, 1.0)).round();
        out.push_str(&format!(
            "<text x=\"60\" y=\"{}\" font-size=\"28\" font-weight=\"bold\" fill=\"{TEXT}\">{}</text>\n",
            y + 30,
            escape_html(&party.short_name)
        ));
        out.push_str(&format!(
            "<rect x=\"250\" y=\"{}\" width=\"300\" height=\"28\" rx=\"4\" fill=\"{SURFACE}\"/>\n",
            y + 8
        ));
        out.push_str(&format!(
            "<rect x=\"250\" y=\"{}\" width=\"{bar}\" height=\"28\" rx=\"4\" fill=\"{colour}\"/>\n",
            y + 8
        ));
        out.push_str(&format!(
            "<text x=\"574\" y=\"{}\" font-size=\"28\" fill=\"{colour}\" font-weight=\"bold\">{} {} ({})</text>\n",
            y + 31,
            verdict_icon(o.verdict),
            escape_html(&words.verdict_words(o.verdict)),
            words.percent(o.probability)
        ));
    }
    out.push_str(&format!(
        "<text x=\"60\" y=\"600\" font-size=\"22\" fill=\"{MUTED}\">{}</text>\n",
        escape_html(&words.card_credit(scenario))
    ));
    out.push_str("</svg>\n");
    out
}

/// The card as PNG bytes, drawn from its SVG with the bundled fonts.
pub fn png(svg: &str) -> Result<Vec<u8>, String> {
    let mut options = usvg::Options { font_family: "DejaVu Sans".to_string(), ..usvg::Options::default() };
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(SANS.to_vec());
    fonts.load_font_data(SANS_BOLD.to_vec());
    options.fontdb = Arc::new(fonts);
    let tree = usvg::Tree::from_str(svg, &options).map_err(|err| format!("the card's SVG is invalid: {err}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("cannot allocate the image")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|err| format!("cannot encode the PNG: {err}"))
}
