//! Words for the reader. The model hands out kinds (verdicts, problems, ignored link parts,
//! explanations); `Words` turns them into sentences in one language. The sentences themselves are
//! Fluent messages, one file per language in `assets/i18n/` (`en.ftl`, `uk.ftl`, `ru.ftl`), with
//! the same ids in each; this module only picks the message and its arguments. Nothing else in
//! the model builds reader-facing text.
//!
//! English is compiled into every build. The tool and the tests carry every language; the web
//! build fetches the one it shows (`i18n/<lang>.ftl`) and hands its text to `Words::new`.

mod sentences;

use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub use super::lang::Lang;

/// The English messages, compiled into every build.
pub const EN_FTL: &str = include_str!("../../../assets/i18n/en.ftl");

/// A language's messages when this build carries them: every language natively, English only in
/// the web build (the page fetches the others).
pub fn bundled_ftl(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => Some(EN_FTL),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Uk => Some(include_str!("../../../assets/i18n/uk.ftl")),
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Ru => Some(include_str!("../../../assets/i18n/ru.ftl")),
        #[cfg(target_arch = "wasm32")]
        _ => None,
    }
}

/// An argument of a message: text already in the reader's language, or a number (plural forms
/// select on it).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u8, u16, u32, u64, u128, f64);

/// Why a language's messages could not be used: a syntax error, or an English message it lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FtlProblem {
    /// The file does not parse here (its byte range and Fluent's own description).
    Syntax { at: usize, detail: String },
    /// An English message with no counterpart in this language.
    Missing { id: String },
    /// A message that English does not have (a typo, or one left over).
    Unknown { id: String },
}

/// The messages of one language, with English beneath for any message it lacks.
pub struct Words {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// English, for any message this language lacks (none for English itself). Shared, so English
    /// is parsed once per thread.
    fallback: Option<Rc<Words>>,
}

impl PartialEq for Words {
    /// A language's words are made once from its file: comparing the language is enough.
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words").field("lang", &self.lang).finish()
    }
}

fn bundle(lang: Lang, ftl: &str) -> Result<FluentBundle<FluentResource>, Vec<FtlProblem>> {
    let resource = FluentResource::try_new(ftl.to_string()).map_err(|(_, errors)| {
        errors
            .into_iter()
            .map(|e| FtlProblem::Syntax { at: e.pos.start, detail: format!("{:?}", e.kind) })
            .collect::<Vec<_>>()
    })?;
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Words go into plain text, attributes and the tool's output: no Unicode isolation marks.
    bundle.set_use_isolating(false);
    // A number shown with a fraction ("12.5 points") takes the language's decimal mark.
    if lang != Lang::En {
        bundle.set_formatter(Some(decimal_comma));
    }
    bundle.add_resource(resource).map_err(|errors| {
        errors.into_iter().map(|e| FtlProblem::Syntax { at: 0, detail: format!("{e:?}") }).collect::<Vec<_>>()
    })?;
    Ok(bundle)
}

/// Numbers as Ukrainian and Russian write them: a decimal comma ("12,5").
fn decimal_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(number.as_string().replace('.', ",")),
        _ => None,
    }
}

/// The ids of a Fluent file's messages, in file order (a file that does not parse gives what
/// its parser could read).
pub fn message_ids(ftl: &str) -> Vec<String> {
    let Ok(resource) = FluentResource::try_new(ftl.to_string()).or_else(|(resource, _)| Ok::<_, ()>(resource)) else {
        return Vec::new();
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

thread_local! {
    static ENGLISH: OnceCell<Rc<Words>> = const { OnceCell::new() };
}

impl Words {
    /// A language's words from its Fluent text. Fails on a syntax error; a message it lacks falls
    /// back to English (`check` lists them).
    pub fn new(lang: Lang, ftl: &str) -> Result<Words, Vec<FtlProblem>> {
        let fallback = (lang != Lang::En).then(Words::english);
        Ok(Words { lang, bundle: bundle(lang, ftl)?, fallback })
    }

    /// English, made once per thread.
    pub fn english() -> Rc<Words> {
        ENGLISH.with(|cell| cell.get_or_init(|| Rc::new(Words::new(Lang::En, EN_FTL).expect("en.ftl parses"))).clone())
    }

    /// A language this build carries (every one natively; English only in the web build).
    pub fn bundled(lang: Lang) -> Option<Rc<Words>> {
        if lang == Lang::En {
            return Some(Words::english());
        }
        Words::new(lang, bundled_ftl(lang)?).ok().map(Rc::new)
    }

    /// Everything wrong with a language's file against English: syntax, and messages missing or
    /// unknown.
    pub fn check(ftl: &str) -> Vec<FtlProblem> {
        if let Err(problems) = FluentResource::try_new(ftl.to_string()).map(|_| ()).map_err(|(_, errors)| {
            errors
                .into_iter()
                .map(|e| FtlProblem::Syntax { at: e.pos.start, detail: format!("{:?}", e.kind) })
                .collect::<Vec<_>>()
        }) {
            return problems;
        }
        let (english, these) = (message_ids(EN_FTL), message_ids(ftl));
        let missing = english.iter().filter(|id| !these.contains(id)).map(|id| FtlProblem::Missing { id: id.clone() });
        let unknown = these.iter().filter(|id| !english.contains(id)).map(|id| FtlProblem::Unknown { id: id.clone() });
        missing.chain(unknown).collect()
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with its arguments. A message this language lacks comes from English; one that
    /// does not exist at all comes out as its id (a test keeps every id used here in `en.ftl`).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.try_format(id, args).unwrap_or_else(|| id.to_string())
    }

    /// The message if some bundle has it and formats it without an error.
    pub fn try_format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            let value = match arg {
                Arg::Text(text) => FluentValue::from(text.to_string()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let own = self.bundle.get_message(id).and_then(|message| message.value()).and_then(|pattern| {
            let mut errors = Vec::new();
            let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            errors.is_empty().then(|| text.into_owned())
        });
        own.or_else(|| self.fallback.as_ref()?.try_format(id, args))
    }
}

/// A language's name in itself, as the language switch shows it whatever the page's language.
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Uk => "Українська",
        Lang::Ru => "Русский",
    }
}

/// Escapes text for HTML, in text or in a double-quoted attribute.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The verdict as a symbol, always shown beside its words (never colour alone).
pub fn verdict_icon(verdict: super::evaluate::Verdict) -> &'static str {
    use super::evaluate::Verdict;
    match verdict {
        Verdict::Accept => "✓",
        Verdict::Uncertain => "?",
        Verdict::Reject => "✕",
    }
}

/// An option's effect on a party as a mark beside it (shown with the party's abbreviation).
pub fn effect_symbol(effect: super::scenario::Effect) -> &'static str {
    use super::scenario::Effect;
    match effect {
        Effect::Gains => "▲",
        Effect::Loses => "▼",
        Effect::Indifferent => "=",
        Effect::RedLine => "⊘",
        Effect::NoStance => "·",
    }
}
