//! Ukrainian and Russian beside English: choosing the language, the interface's messages, the
//! scenarios' translations, plurals, and no English left in a translated page.

use std::collections::BTreeSet;

use dealscope::model::lang::LangChoice;
use dealscope::model::load::ProblemKind;
use dealscope::model::translation::{texts, Overlay};
use dealscope::model::words::{bundled_ftl, message_ids, EN_FTL};
use dealscope::model::{evaluate, shipped, Lang, Scenario, Words};
use dealscope::ui::{App, AppProps};

use crate::render::render;
use crate::support::{package, ukraine};

#[test]
fn the_link_then_the_page_then_the_browser_choose_the_language() {
    let choose = |link: Option<&str>, page: Option<&str>, browser: &[&str]| {
        let LangChoice { lang, in_link, link_not_understood } = Lang::choose(link, page, browser.iter().copied());
        (lang, in_link, link_not_understood)
    };
    assert_eq!(choose(Some("uk"), Some("ru"), &["en-GB"]), (Lang::Uk, true, None));
    assert_eq!(choose(None, Some("ru"), &["uk-UA"]), (Lang::Ru, false, None));
    assert_eq!(choose(None, None, &["de-DE", "ru-RU", "uk"]), (Lang::Ru, false, None), "the first shipped one");
    assert_eq!(choose(None, None, &["de", "fr"]), (Lang::En, false, None));
    assert_eq!(choose(Some("UK"), None, &[]), (Lang::Uk, true, None), "case does not matter");
    assert_eq!(
        choose(Some("xx"), None, &["ru"]),
        (Lang::Ru, false, Some("xx".to_string())),
        "a language not spoken is reported and the browser's is used"
    );
    // Links name the language shown when the link did or it is not English.
    assert_eq!(Lang::choose(None, None, ["uk"]).for_links(Lang::Uk), Some(Lang::Uk));
    assert_eq!(Lang::choose(None, None, ["en"]).for_links(Lang::En), None);
    assert_eq!(Lang::choose(Some("en"), None, ["uk"]).for_links(Lang::En), Some(Lang::En));
    // Ukrainian could not be loaded, so the page is in English: links name no language.
    assert_eq!(Lang::choose(Some("uk"), None, []).for_links(Lang::En), None);
}

#[test]
fn every_language_has_every_message_and_no_other() {
    for lang in [Lang::Uk, Lang::Ru] {
        let ftl = bundled_ftl(lang).unwrap();
        assert_eq!(Words::check(ftl), Vec::new(), "{lang}");
        assert_eq!(message_ids(ftl), message_ids(EN_FTL), "{lang}: the same ids in the same order");
    }
}

#[test]
fn every_message_the_code_asks_for_exists_in_english() {
    let english: BTreeSet<String> = message_ids(EN_FTL).into_iter().collect();
    let mut asked = BTreeSet::new();
    let mut files = vec![std::path::PathBuf::from("src")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for call in ["get(\"", "format(\"", "format(\n"] {
            for (at, _) in text.match_indices(call) {
                let rest = text[at + call.len()..].trim_start_matches([' ', '"', '\n']);
                let id: String =
                    rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '-' || c.is_ascii_digit()).collect();
                if id.contains('-') || english.contains(&id) {
                    asked.insert((id, path.display().to_string()));
                }
            }
        }
    }
    let unknown: Vec<_> = asked.iter().filter(|(id, _)| !english.contains(id)).collect();
    assert!(unknown.is_empty(), "messages the code asks for that en.ftl lacks: {unknown:?}");
    assert!(asked.len() > 150, "the scan finds the calls ({} found)", asked.len());
}

#[test]
fn every_message_formats_in_every_language_with_no_isolation_marks() {
    for lang in Lang::ALL {
        let words = Words::bundled(lang).unwrap();
        let scenario = translated(&ukraine(), lang);
        let sample = [
            words.human_date(scenario.as_of),
            words.headline(
                &scenario,
                &package(&scenario, "nato=renounced"),
                &evaluate(&scenario, &package(&scenario, "nato=renounced")),
                &dealscope::model::explain_all(&scenario, &package(&scenario, "nato=renounced")),
            ),
            words.moved_count(&scenario.parties[0].short_name, 3),
            words.big_number(2_764_800_000),
        ];
        for text in sample {
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{lang}: {text:?}");
            assert!(!text.contains("{ $") && !text.contains("{$"), "{lang}: an unfilled argument in {text:?}");
        }
    }
}

/// The forms of a count in Ukrainian and Russian, by the CLDR rules: one (1, 21), few (2, 22),
/// many (5, 11).
const COUNTS: [(u32, usize); 6] = [(1, 0), (2, 1), (5, 2), (11, 2), (21, 0), (22, 1)];

#[test]
fn counts_take_the_right_plural_form() {
    type Say = fn(&Words, usize) -> String;
    let cases: [(Lang, Say, [&str; 3]); 16] = [
        (Lang::Uk, |w, n| w.moved_count("Україна", n), ["позиція", "позиції", "позицій"]),
        (Lang::Ru, |w, n| w.moved_count("Украина", n), ["позиция", "позиции", "позиций"]),
        (
            Lang::Uk,
            |w, n| w.format("finder-change", &[("n", n.into()), ("chance", "12%".into())]),
            ["умову", "умови", "умов"],
        ),
        (
            Lang::Ru,
            |w, n| w.format("finder-change", &[("n", n.into()), ("chance", "12%".into())]),
            ["условие", "условия", "условий"],
        ),
        (Lang::Uk, |w, n| w.format("scenario-problems", &[("n", n.into())]), ["помилка", "помилки", "помилок"]),
        (Lang::Ru, |w, n| w.format("scenario-problems", &[("n", n.into())]), ["ошибка", "ошибки", "ошибок"]),
        (Lang::Uk, |w, n| w.format("standing-more", &[("points", n.into())]), ["бал", "бали", "балів"]),
        (Lang::Ru, |w, n| w.format("standing-less", &[("points", n.into())]), ["балл", "балла", "баллов"]),
        (Lang::Uk, |w, n| walk_away(w, n), ["бал", "бали", "балів"]),
        (Lang::Ru, |w, n| walk_away(w, n), ["балл", "балла", "баллов"]),
        (Lang::Uk, |w, n| w.format("finder-party-changes", &[("n", n.into())]), ["зміна", "зміни", "змін"]),
        (
            Lang::Ru,
            |w, n| w.format("finder-party-changes", &[("n", n.into())]),
            ["изменение", "изменения", "изменений"],
        ),
        // "within n changes": the genitive in Ukrainian, the accusative in Russian.
        (Lang::Uk, |w, n| w.format("finder-searching-within", &[("n", n.into())]), ["зміни", "змін", "змін"]),
        (
            Lang::Ru,
            |w, n| w.format("finder-searching-within", &[("n", n.into())]),
            ["изменение", "изменения", "изменений"],
        ),
        (Lang::Uk, |w, n| w.format("over-time-loading", &[("n", n.into())]), ["дата", "дати", "дат"]),
        (Lang::Ru, |w, n| w.format("over-time-loading", &[("n", n.into())]), ["дата", "даты", "дат"]),
    ];
    for (lang, say, forms) in cases {
        let words = Words::bundled(lang).unwrap();
        for (n, form) in COUNTS {
            let text = say(&words, n as usize);
            assert!(
                text.contains(&format!("{n}\u{a0}{}", forms[form])) || text.contains(&format!("{n} {}", forms[form])),
                "{lang} {n}: {text}"
            );
        }
    }
    // English says one and many.
    let en = Words::english();
    assert_eq!(en.moved_count("Ukraine", 1), "Ukraine: 1 position moved");
    assert_eq!(en.moved_count("Ukraine", 21), "Ukraine: 21 positions moved");
    for (id, way) in [("standing-more", "more"), ("standing-less", "less")] {
        assert_eq!(en.format(id, &[("points", 1usize.into())]), format!("worth 1 point {way} than walking away"));
        assert_eq!(en.format(id, &[("points", 2usize.into())]), format!("worth 2 points {way} than walking away"));
    }
    assert!(walk_away(&en, 1).contains("worth 1 point to"), "{}", walk_away(&en, 1));
    assert!(walk_away(&en, 21).contains("worth 21 points to"), "{}", walk_away(&en, 21));
    assert_eq!(en.format("finder-party-changes", &[("n", 1usize.into())]), "1 change:");
    assert_eq!(en.format("over-time-loading", &[("n", 2usize.into())]), "2 more dates are still loading.");
}

/// A party's walk-away point in words (a card's note).
fn walk_away(words: &Words, points: usize) -> String {
    words.format("walk-away-settlement", &[("points", points.into()), ("party", "X".into())])
}

#[test]
fn numbers_and_dates_are_written_the_languages_way() {
    let uk = Words::bundled(Lang::Uk).unwrap();
    let ru = Words::bundled(Lang::Ru).unwrap();
    let date = dealscope::model::scenario::Date { year: 2025, month: 4, day: 30 };
    // A no-break space may join the day to its month (the glossary's rule for a number and its word).
    assert_eq!(uk.human_date(date).replace('\u{a0}', " "), "30 квітня 2025");
    assert_eq!(ru.human_date(date).replace('\u{a0}', " "), "30 апреля 2025");
    assert_eq!(uk.group_digits(1_234_567), "1\u{a0}234\u{a0}567");
    assert_eq!(Words::english().group_digits(1_234_567), "1,234,567");
    assert!(ru.big_number(2_764_800_000).starts_with("2,8"), "{}", ru.big_number(2_764_800_000));
    assert_eq!(uk.percent(0.456), "46%");
}

fn translated(scenario: &Scenario, lang: Lang) -> Scenario {
    match lang {
        Lang::En => scenario.clone(),
        _ => shipped::translation(&scenario.id, lang).unwrap().unwrap().apply(scenario),
    }
}

#[test]
fn a_source_title_in_cyrillic_says_whether_it_is_ukrainian_or_russian() {
    // Letters only one of the two languages writes tell them apart.
    let ukrainian_only = |c: char| "іїєґІЇЄҐ".contains(c);
    let russian_only = |c: char| "ыэъёЫЭЪЁ".contains(c);
    let mut named = 0;
    for snapshot in shipped::SCENARIOS {
        for source in Scenario::from_json(snapshot.json.unwrap()).unwrap().sources {
            let cyrillic = source.title.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
            let lang = source.title_lang.as_deref();
            let at = format!("{}: {}", snapshot.id, source.id);
            assert_eq!(cyrillic, matches!(lang, Some("uk" | "ru")), "{at}");
            if source.title.chars().any(ukrainian_only) {
                assert_eq!(lang, Some("uk"), "{at}");
            }
            if source.title.chars().any(russian_only) {
                assert_eq!(lang, Some("ru"), "{at}");
            }
            // A gloss in the page's language would be read in the title's voice: the note gives it.
            assert!(!cyrillic || !source.title.contains(" the "), "{at}: {}", source.title);
            named += usize::from(cyrillic);
        }
    }
    assert!(named > 0, "the shipped snapshots cite Ukrainian and Russian titles");
}

#[test]
fn an_outlet_line_keeps_the_outlets_names_and_translates_the_words_around_them() {
    // The words the English outlet lines put around names ("citing", "as published by"): none may
    // stay in a translation, where the page marks the whole line as not to be translated.
    const AROUND: [&str; 16] = [
        "citing",
        "reported",
        "published",
        "republished",
        "reprinted",
        "via",
        "quoting",
        "statement",
        "remarks",
        "interview",
        "spokesman",
        "text",
        "texts",
        "transcript",
        "translation",
        "summarised",
    ];
    let mut checked = 0;
    for snapshot in shipped::SCENARIOS {
        let scenario = Scenario::from_json(snapshot.json.unwrap()).unwrap();
        for lang in [Lang::Uk, Lang::Ru] {
            let translated = shipped::translation(snapshot.id, lang).unwrap().unwrap().apply(&scenario);
            for (english, outlet) in scenario.sources.iter().zip(&translated.sources) {
                let words: Vec<&str> = outlet.outlet.split(|c: char| !c.is_ascii_alphabetic()).collect();
                let left: Vec<&&str> = AROUND.iter().filter(|word| words.contains(word)).collect();
                assert!(left.is_empty(), "{} {lang}: {} ({left:?})", snapshot.id, outlet.outlet);
                let english: Vec<&str> = english.outlet.split(|c: char| !c.is_ascii_alphabetic()).collect();
                checked += usize::from(AROUND.iter().any(|word| english.contains(word)));
            }
        }
    }
    assert!(checked > 100, "English outlet lines with such words: {checked}");
}

#[test]
fn every_shipped_scenario_has_every_text_in_every_language() {
    for snapshot in shipped::SCENARIOS {
        let scenario = Scenario::from_json(snapshot.json.unwrap()).unwrap();
        for lang in [Lang::Uk, Lang::Ru] {
            let overlay = shipped::translation(snapshot.id, lang).unwrap().unwrap();
            assert_eq!(overlay.lang, lang);
            let problems = overlay.check(&scenario);
            assert!(problems.is_empty(), "{} {lang}: {problems:#?}", snapshot.id);
            let translated = overlay.apply(&scenario);
            // Words change, nothing else: the verdicts are the same in every language.
            for preset in &scenario.presets {
                assert_eq!(evaluate(&translated, &preset.package), evaluate(&scenario, &preset.package));
            }
            assert_eq!(
                translated.sources.iter().map(|s| &s.title).collect::<Vec<_>>(),
                scenario.sources.iter().map(|s| &s.title).collect::<Vec<_>>(),
                "source titles stay"
            );
            let unchanged: Vec<_> = texts(&translated)
                .into_iter()
                .zip(texts(&scenario))
                // An outlet's name stays as the outlet writes it ("Kyiv Independent").
                .filter(|((id, there), (_, here))| {
                    there == here && here.split_whitespace().count() > 2 && !id.ends_with(".outlet")
                })
                .map(|((id, _), _)| id)
                .collect();
            assert!(unchanged.is_empty(), "{} {lang}: untranslated {unchanged:?}", snapshot.id);
        }
    }
}

#[test]
fn a_translation_names_every_missing_and_every_unknown_text() {
    let scenario = ukraine();
    let mut overlay = shipped::translation(&scenario.id, Lang::Uk).unwrap().unwrap();
    overlay.texts.remove("levers.nato.options.renounced.label");
    overlay.texts.insert("levers.nato.options.joined.label".into(), "Вступ".into());
    let problems = overlay.check(&scenario);
    let listed: Vec<String> = problems.iter().map(|p| Words::english().problem(p)).collect();
    assert_eq!(
        listed,
        [
            "levers.nato.options.renounced.label: no uk text for this",
            "texts.levers.nato.options.joined.label: no English text has this id"
        ]
    );
    // The text it lacks stays in English; the rest is translated.
    let translated = overlay.apply(&scenario);
    let nato = &translated.levers[translated.lever_idx("nato").unwrap()];
    assert_eq!(nato.options[nato.option_idx("renounced").unwrap()].label, "Renounced");
    assert_ne!(nato.title, "NATO membership");
}

#[test]
fn a_broken_translation_file_says_what_is_wrong_and_never_panics() {
    let cases: [(&str, &str); 5] = [
        ("{", "not valid JSON at line 1, column 1: EOF while parsing an object"),
        ("[]", "expected an object, found a list"),
        (
            r#"{"scenario": "ukraine-2025", "lang": "de", "texts": {}}"#,
            "lang: 'de' is not a valid id (use lowercase letters, digits and hyphens)",
        ),
        (
            r#"{"scenario": "ukraine-2025", "lang": "uk", "texts": {"title": 3}}"#,
            "texts.title: expected text, found a number",
        ),
        (
            r#"{"scenario": "ukraine-2025", "lang": "uk", "texts": {}, "extra": 1}"#,
            "extra: unknown field (expected one of: scenario, lang, texts)",
        ),
    ];
    for (text, expected) in cases {
        let problems = Overlay::from_json(text).unwrap_err();
        assert_eq!(Words::english().problem(&problems[0]), expected, "{text}");
    }
    // The JSON parser describes what it found in English: the other languages give its place only.
    for lang in [Lang::Uk, Lang::Ru] {
        let said = Words::bundled(lang).unwrap().problem(&Overlay::from_json("{").unwrap_err()[0]);
        assert!(said.contains("JSON") && !said.chars().any(|c| c.is_ascii_lowercase()), "{lang}: {said}");
    }
    let other = Overlay::from_json(r#"{"scenario": "elsewhere", "lang": "ru", "texts": {}}"#).unwrap();
    assert!(matches!(other.check(&ukraine())[0].kind, ProblemKind::OverlayForOther { .. }));
    assert_eq!(other.apply(&ukraine()), ukraine(), "another scenario's translation changes nothing");
}

/// The text between tags of a server-rendered page, one piece per run of text.
fn text_pieces(html: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = html;
    while let Some(end) = rest.find('<') {
        let piece = rest[..end].trim();
        if !piece.is_empty() {
            pieces.push(piece.replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", "\""));
        }
        rest = rest[end..].find('>').map_or("", |close| &rest[end + close + 1..]);
    }
    pieces
}

/// Words that may stay in Latin in every language: the brand, the party marks, outlet and
/// programme names as the outlets write them, and terms like G8.
fn allowed(piece: &str) -> bool {
    let latin_words = piece
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() > 2 && word.chars().any(|c| c.is_ascii_lowercase()))
        .count();
    latin_words == 0 || ["Dealscope", "English"].contains(&piece)
}

#[test]
fn a_translated_page_has_no_english_left() {
    let english = text_pieces(&render::<App>(AppProps { lang: Some(Lang::En), ..AppProps::default() }));
    assert!(english.iter().any(|piece| piece.contains("Who would sign")), "the English page renders");
    for lang in [Lang::Uk, Lang::Ru] {
        let page = render::<App>(AppProps { lang: Some(lang), ..AppProps::default() });
        let untranslated: Vec<&String> = text_pieces(&page)
            .iter()
            .filter(|piece| english.contains(piece) && !allowed(piece))
            .map(|p| english.iter().find(|e| *e == p).unwrap())
            .collect();
        assert!(untranslated.is_empty(), "{lang}: still in English: {untranslated:#?}");
    }
}

#[test]
fn the_tool_reports_in_the_language_asked_for() {
    let english = crate::cli::run(&["evaluate", "--preset", "us-framework"]);
    let lines = |out: &[u8]| String::from_utf8(out.to_vec()).unwrap().lines().count();
    for (lang, ukraine) in [("uk", "Україна"), ("ru", "Украина")] {
        let output = crate::cli::run(&["evaluate", "--preset", "us-framework", "--lang", lang]);
        assert_eq!(output.status.code(), Some(0));
        let text = String::from_utf8(output.stdout).unwrap();
        for english in ["likely to accept", "margin", "Package:", "accept:"] {
            assert!(!text.contains(english), "{lang}: {english} in {text}");
        }
        assert!(text.contains(ukraine), "{text}");
        assert_eq!(lines(&english.stdout), text.lines().count(), "{lang}: the same report, line for line");
    }
    let unknown = crate::cli::run(&["evaluate", "--lang", "de"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn a_translation_whose_english_changed_is_named_until_it_is_redone() {
    use dealscope::model::translation::{fingerprints, stale};
    let scenario = ukraine();
    let made_from = fingerprints(&scenario);
    assert_eq!(stale(&scenario, &made_from), Vec::<String>::new());
    let mut edited = scenario.clone();
    let nato = edited.lever_idx("nato").unwrap();
    edited.levers[nato].description.push_str(" Edited.");
    assert_eq!(stale(&edited, &made_from), ["levers.nato.description"]);
    // And the shipped translations are recorded as made from the English as it is.
    let recorded: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> =
        serde_json::from_str(
            &std::fs::read_to_string(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/translations-made-from.json"),
            )
            .unwrap(),
        )
        .unwrap();
    for snapshot in shipped::SCENARIOS {
        let scenario = Scenario::from_json(snapshot.json.unwrap()).unwrap();
        assert_eq!(stale(&scenario, &recorded[snapshot.id]), Vec::<String>::new(), "{}", snapshot.id);
    }
}
