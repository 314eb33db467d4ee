//! The snapshot the page opens on, as the page receives it. The built page carries it in its own
//! language, inline: the file's *skeleton* (every number, id, date, source title and link, with each
//! text a placeholder) and its texts in that language, in the order `translation::texts` lists
//! them. So a page in Ukrainian carries no English scenario text, and the web build no scenario at
//! all. A reader who asks for another language gets its translation fetched for the skeleton; a page
//! that carries no skeleton (not built with `dealscope prerender`) fetches the file itself.

use serde_json::Value;

use super::lang::Lang;
use super::load::{Problem, ProblemKind};
use super::scenario::Scenario;
use super::translation::{texts, with_texts, Overlay, SCENARIO_LANG};

/// What every text of a skeleton reads.
const PLACEHOLDER: &str = "~";

/// The opening snapshot's text and its words, however they came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// The scenario file as written (English), with a translation over it: a text the translation
    /// lacks stays in English.
    File { json: String, translation: Option<Overlay> },
    /// The page's own copy: a skeleton and its texts in the page's language.
    Carried { json: String, texts: CarriedTexts },
    /// A skeleton the page carries, with a translation fetched for it.
    Skeleton { json: String, translation: Overlay },
}

/// A skeleton's texts in one language, in the order `translation::texts` lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarriedTexts {
    pub scenario: String,
    pub lang: Lang,
    pub texts: Vec<String>,
}

/// `CarriedTexts` as the page carries them: `{"scenario": …, "lang": "uk", "texts": […]}`.
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
struct Plain {
    scenario: String,
    lang: String,
    texts: Vec<String>,
}

impl CarriedTexts {
    /// A scenario's texts, in order.
    pub fn of(scenario: &Scenario, lang: Lang) -> CarriedTexts {
        let texts = texts(scenario).into_iter().map(|(_, text)| text).collect();
        CarriedTexts { scenario: scenario.id.clone(), lang, texts }
    }

    /// Reads them from the page; `None` when they are not of this shape.
    pub fn from_json(text: &str) -> Option<CarriedTexts> {
        let plain: Plain = serde_json::from_str(text).ok()?;
        Some(CarriedTexts { scenario: plain.scenario, lang: Lang::from_code(&plain.lang)?, texts: plain.texts })
    }

    /// As the page carries them, without whitespace.
    pub fn to_json(&self) -> String {
        let plain = Plain { scenario: self.scenario.clone(), lang: self.lang.code().into(), texts: self.texts.clone() };
        serde_json::to_string(&plain).unwrap_or_default()
    }
}

impl Opening {
    /// Whether it rests on the page's own copy (the skeleton the page carries), rather than on the
    /// file itself.
    pub fn from_page(&self) -> bool {
        !matches!(self, Opening::File { .. })
    }

    /// The scenario, in its language, or every problem with it. A skeleton without a text for
    /// each of its places is a problem (naming the first place without one), never a placeholder
    /// on the page.
    pub fn scenario(&self) -> Result<Scenario, Vec<Problem>> {
        match self {
            Opening::File { json, translation } => {
                let scenario = Scenario::from_json(json)?;
                Ok(translation.as_ref().map_or_else(|| scenario.clone(), |overlay| overlay.apply(&scenario)))
            }
            Opening::Carried { json, texts: carried } => {
                let skeleton = Scenario::from_json(json)?;
                let wrong = |kind| vec![Problem { path: String::new(), kind }];
                if carried.scenario != skeleton.id {
                    let found = carried.scenario.clone();
                    return Err(wrong(ProblemKind::OverlayForOther { found, expected: skeleton.id }));
                }
                with_texts(&skeleton, &carried.texts).map_err(|at| {
                    let path = texts(&skeleton).into_iter().nth(at).map(|(id, _)| id).unwrap_or_default();
                    vec![Problem { path, kind: ProblemKind::NoText { lang: carried.lang } }]
                })
            }
            Opening::Skeleton { json, translation } => {
                let skeleton = Scenario::from_json(json)?;
                let problems = translation.check(&skeleton);
                if problems.is_empty() {
                    Ok(translation.apply(&skeleton))
                } else {
                    Err(problems)
                }
            }
        }
    }
}

/// A scenario file's skeleton: the same JSON with every reader-facing text (`translation::texts`)
/// reading `~`, without whitespace. Put together again with the file's own texts it is the same
/// scenario, or this says it would not be (a text in a field it does not know as one).
pub fn skeleton(json: &str) -> Result<String, SkeletonError> {
    let scenario = Scenario::from_json(json).map_err(SkeletonError::Invalid)?;
    let mut root: Value = serde_json::from_str(json).map_err(|_| SkeletonError::Invalid(Vec::new()))?;
    replace_texts(&mut root, false);
    let out = root.to_string();
    let bare = Scenario::from_json(&out).map_err(|_| SkeletonError::LosesSomething)?;
    let no_words = texts(&bare).iter().all(|(_, text)| text == PLACEHOLDER);
    match with_texts(&bare, &CarriedTexts::of(&scenario, SCENARIO_LANG).texts) {
        Ok(rebuilt) if no_words && rebuilt == scenario => Ok(out),
        _ => Err(SkeletonError::LosesSomething),
    }
}

/// Why a file has no skeleton.
#[derive(Debug, Clone, PartialEq)]
pub enum SkeletonError {
    /// It is not a valid scenario: its problems.
    Invalid(Vec<Problem>),
    /// It would keep a text (in a field not known to hold one), or put together again it would not
    /// be the same scenario (a field known to hold texts that held something else).
    LosesSomething,
}

/// The fields that hold reader-facing texts, by name (`translation::texts` lists the texts). A
/// source's `title` is not one: it stays in its own language.
const TEXT_FIELDS: [&str; 10] =
    ["title", "description", "outlet", "note", "why", "name", "short_name", "reason", "ratification", "label"];

/// Every string value of a text field becomes the placeholder; keys and every other value (ids,
/// abbreviations, dates, links, sources' titles) stay.
fn replace_texts(value: &mut Value, in_sources: bool) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|item| replace_texts(item, in_sources)),
        Value::Object(fields) => {
            for (name, field) in fields.iter_mut() {
                let text_field = TEXT_FIELDS.contains(&name.as_str()) && !(in_sources && name == "title");
                match field {
                    Value::String(text) if text_field => PLACEHOLDER.clone_into(text),
                    _ => replace_texts(field, in_sources || name == "sources"),
                }
            }
        }
        _ => {}
    }
}

/// What the page still needs for the opening snapshot in `lang`, given what it carries inline (the
/// skeleton and the texts beside it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Needs {
    /// Nothing: it carries the skeleton and the texts in `lang`.
    Nothing(Opening),
    /// The translation into `lang`: it carries the skeleton, with texts in another language.
    Translation { skeleton: String },
    /// The file itself, with a translation over it when `translation` (a page that carries no
    /// skeleton, or English asked for on a page in another language).
    File { translation: bool },
}

/// What to fetch for the opening snapshot in `lang` (see `Needs`).
pub fn needs(lang: Lang, skeleton: Option<String>, texts: Option<CarriedTexts>) -> Needs {
    match (skeleton, texts) {
        (Some(json), Some(texts)) if texts.lang == lang => Needs::Nothing(Opening::Carried { json, texts }),
        (Some(skeleton), _) if lang != SCENARIO_LANG => Needs::Translation { skeleton },
        _ => Needs::File { translation: lang != SCENARIO_LANG },
    }
}
