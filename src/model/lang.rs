//! The languages Dealscope speaks, and how the page picks one: the link's `lang`, else the page's
//! own language (a page built for one language), else the reader's browser languages, else English.

/// A language of the page, the tool and the scenario texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Uk,
    Ru,
}

impl Lang {
    /// Every language shipped, English (the scenarios' own language) first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Uk, Lang::Ru];

    /// The BCP 47 code: in links (`?lang=uk`), file names (`uk.ftl`) and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
        }
    }

    /// A language tag as a browser or a link gives it (`uk`, `uk-UA`, `RU`); `None` for a
    /// language not shipped.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The language whose code is exactly `code` (`uk`, not `UK` or `uk-UA`): for files and
    /// command lines, where a code is written by us, not by a browser.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language to show: the link's `lang` if it names one shipped, else the page's own
    /// language if it was built for one, else the first of the reader's languages that is
    /// shipped, else English. Also says whether the link's `lang` was given but not understood.
    pub fn choose<'a>(
        link: Option<&str>,
        page: Option<&str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> LangChoice {
        let from_link = link.map(Lang::parse);
        let in_link = matches!(from_link, Some(Some(_)));
        let lang = from_link
            .flatten()
            .or_else(|| page.and_then(Lang::parse))
            .or_else(|| browser.into_iter().find_map(Lang::parse))
            .unwrap_or(Lang::En);
        LangChoice {
            lang,
            in_link,
            link_not_understood: matches!(from_link, Some(None)).then(|| link.unwrap_or_default().to_string()),
        }
    }
}

/// The language the page shows, and the link's `lang` when it named no shipped language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangChoice {
    pub lang: Lang,
    /// Whether the link named it (then every link the page makes names it too).
    pub in_link: bool,
    pub link_not_understood: Option<String>,
}

impl LangChoice {
    /// A language given outright (by the page's embedder or a test), not by a link.
    pub fn fixed(lang: Lang) -> LangChoice {
        LangChoice { lang, in_link: false, link_not_understood: None }
    }

    /// The language a link the page makes should name, given the one `shown`: the chosen one when
    /// the link named it or it is not English; none (the reader's own languages decide) for
    /// English by default, or when the chosen language could not be shown.
    pub fn for_links(&self, shown: Lang) -> Option<Lang> {
        (shown == self.lang && (self.in_link || self.lang != Lang::En)).then_some(self.lang)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Where a language's share images are, beside the page: `cards/` for English, `cards/uk/`.
pub fn cards_dir(lang: Lang) -> String {
    match lang {
        Lang::En => "cards/".to_string(),
        other => format!("cards/{}/", other.code()),
    }
}
