//! The opening snapshot as a page carries it: a skeleton and the texts in the page's language.

use dealscope::model::load::ProblemKind;
use dealscope::model::opening::{needs, skeleton, CarriedTexts, Needs, Opening, SkeletonError};
use dealscope::model::translation::{texts, Overlay};
use dealscope::model::{shipped, Lang, Scenario};

fn english(snapshot: shipped::Shipped) -> (&'static str, Scenario) {
    let json = snapshot.json.expect("compiled in natively");
    (json, Scenario::from_json(json).unwrap())
}

fn translation(lang: Lang) -> Overlay {
    shipped::translation(shipped::DEFAULT.id, lang).unwrap().unwrap()
}

#[test]
fn a_skeleton_with_the_texts_of_a_language_is_the_snapshot_in_that_language() {
    for &snapshot in shipped::SCENARIOS {
        let (json, scenario) = english(snapshot);
        let skeleton = skeleton(json).unwrap();
        let carried = Opening::Carried { json: skeleton.clone(), texts: CarriedTexts::of(&scenario, Lang::En) };
        assert_eq!(carried.scenario().unwrap(), scenario, "{}", snapshot.id);
        for lang in [Lang::Uk, Lang::Ru] {
            let translation = shipped::translation(snapshot.id, lang).unwrap().unwrap();
            let from_file = Opening::File { json: json.to_string(), translation: Some(translation.clone()) };
            let expected = from_file.scenario().unwrap();
            let fetched = Opening::Skeleton { json: skeleton.clone(), translation };
            assert_eq!(fetched.scenario().unwrap(), expected, "{} {lang:?}", snapshot.id);
            let carried = Opening::Carried { json: skeleton.clone(), texts: CarriedTexts::of(&expected, lang) };
            assert_eq!(carried.scenario().unwrap(), expected, "{} {lang:?}", snapshot.id);
        }
    }
}

#[test]
fn a_skeleton_carries_no_text_of_the_scenario() {
    let (json, scenario) = english(shipped::DEFAULT);
    let skeleton = skeleton(json).unwrap();
    for (id, text) in texts(&Scenario::from_json(&skeleton).unwrap()) {
        assert_eq!(text, "~", "{id}");
    }
    // No value in it is one of the texts, unless it is also a value that is not a text (the US's
    // abbreviation is its short name); an outlet may be part of a source's title, which stays.
    let not_texts: Vec<&str> = scenario.parties.iter().map(|party| party.abbr.as_str()).collect();
    for (id, text) in texts(&scenario).into_iter().filter(|(_, text)| !not_texts.contains(&text.as_str())) {
        assert!(!skeleton.contains(&serde_json::to_string(&text).unwrap()), "{id}");
    }
    let source = &scenario.sources[0];
    assert!(skeleton.contains(&serde_json::to_string(&source.title).unwrap()), "{}", source.title);
}

#[test]
fn a_value_that_reads_like_a_text_but_is_not_one_stays() {
    // The United States' abbreviation and short name are both "US": the name is a text, the
    // abbreviation is not (a first version turned both into placeholders, and the skeleton was
    // not a valid scenario).
    let (json, scenario) = english(shipped::DEFAULT);
    let us = scenario.parties.iter().find(|party| party.id == "united-states").unwrap();
    assert_eq!(us.short_name, us.abbr);
    let bones = Scenario::from_json(&skeleton(json).unwrap()).unwrap();
    let us = bones.parties.iter().find(|party| party.id == "united-states").unwrap();
    assert_eq!((us.abbr.as_str(), us.short_name.as_str()), ("US", "~"));
}

#[test]
fn texts_short_of_the_skeleton_are_a_problem_naming_the_place_not_a_placeholder_on_the_page() {
    let (json, scenario) = english(shipped::DEFAULT);
    let skeleton = skeleton(json).unwrap();
    // Carried texts one short: the last place is named.
    let mut carried = CarriedTexts::of(&translation(Lang::Uk).apply(&scenario), Lang::Uk);
    carried.texts.pop();
    let problems = Opening::Carried { json: skeleton.clone(), texts: carried.clone() }.scenario().unwrap_err();
    let last = texts(&scenario).pop().unwrap().0;
    assert_eq!(
        (problems[0].path.as_str(), &problems[0].kind),
        (last.as_str(), &ProblemKind::NoText { lang: Lang::Uk })
    );
    // One too many, or another scenario's: a problem too.
    carried.texts.extend(["a".to_string(), "b".to_string()]);
    assert!(Opening::Carried { json: skeleton.clone(), texts: carried.clone() }.scenario().is_err());
    carried.texts.truncate(carried.texts.len() - 1);
    assert!(Opening::Carried { json: skeleton.clone(), texts: carried.clone() }.scenario().is_ok());
    carried.scenario = "ukraine-2025".into();
    assert!(matches!(
        Opening::Carried { json: skeleton.clone(), texts: carried }.scenario().unwrap_err()[0].kind,
        ProblemKind::OverlayForOther { .. }
    ));
    // A fetched translation without one text: named by its id.
    let mut short = translation(Lang::Uk);
    let gone = "levers.nato.title";
    assert!(short.texts.remove(gone).is_some());
    let problems = Opening::Skeleton { json: skeleton, translation: short.clone() }.scenario().unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].path.as_str(), &problems[0].kind), (gone, &ProblemKind::NoText { lang: Lang::Uk }));
    // Over the file itself, the same text stays in English instead.
    let over_file = Opening::File { json: json.to_string(), translation: Some(short) }.scenario().unwrap();
    let title = |scenario: &Scenario| scenario.levers.iter().find(|lever| lever.id == "nato").unwrap().title.clone();
    assert_eq!(title(&over_file), title(&scenario));
}

#[test]
fn a_file_that_is_not_a_scenario_has_no_skeleton() {
    assert!(matches!(skeleton("{\"id\": 3}"), Err(SkeletonError::Invalid(problems)) if !problems.is_empty()));
    assert!(matches!(skeleton("not json"), Err(SkeletonError::Invalid(_))));
}

#[test]
fn texts_written_out_read_back_the_same() {
    let (_, scenario) = english(shipped::DEFAULT);
    let carried = CarriedTexts::of(&scenario, Lang::En);
    assert_eq!(carried.texts.len(), texts(&scenario).len());
    assert_eq!(CarriedTexts::from_json(&carried.to_json()), Some(carried));
    assert_eq!(
        CarriedTexts::from_json("{\"scenario\":\"x\",\"lang\":\"xx\",\"texts\":[]}"),
        None,
        "a language we do not speak"
    );
    assert_eq!(CarriedTexts::from_json("{\"scenario\":\"x\",\"lang\":\"uk\",\"texts\":{}}"), None);
}

#[test]
fn the_page_fetches_only_what_it_does_not_carry() {
    let (_, scenario) = english(shipped::DEFAULT);
    let english = CarriedTexts::of(&scenario, Lang::En);
    let ukrainian = CarriedTexts::of(&translation(Lang::Uk).apply(&scenario), Lang::Uk);
    let bones = || Some("{}".to_string());
    // The page's own language: nothing.
    assert_eq!(
        needs(Lang::Uk, bones(), Some(ukrainian.clone())),
        Needs::Nothing(Opening::Carried { json: "{}".into(), texts: ukrainian.clone() })
    );
    assert!(Opening::Carried { json: "{}".into(), texts: ukrainian.clone() }.from_page());
    assert!(matches!(needs(Lang::En, bones(), Some(english)), Needs::Nothing(_)));
    // Another language on a page that carries a skeleton: its translation only.
    assert_eq!(needs(Lang::Ru, bones(), Some(ukrainian.clone())), Needs::Translation { skeleton: "{}".into() });
    assert_eq!(needs(Lang::Uk, bones(), None), Needs::Translation { skeleton: "{}".into() });
    // English on a page in another language, or any language on a page with no skeleton: the file.
    assert_eq!(needs(Lang::En, bones(), Some(ukrainian.clone())), Needs::File { translation: false });
    assert_eq!(needs(Lang::En, None, None), Needs::File { translation: false });
    assert_eq!(needs(Lang::Uk, None, Some(ukrainian)), Needs::File { translation: true });
}

#[test]
fn what_the_page_fetched_becomes_the_language_or_names_the_file_that_failed() {
    use dealscope::model::snapshots::LoadFailure;
    use dealscope::ui::hooks::language::{opening_from, words_from};
    let id = shipped::DEFAULT.id;
    assert!(words_from(Lang::En, None).is_ok(), "English is in the build");
    assert_eq!(words_from(Lang::Uk, Some(Err(LoadFailure::Status(404)))).unwrap_err(), "i18n/uk.ftl: 404");
    assert_eq!(words_from(Lang::Uk, Some(Ok("= not fluent {".into()))).unwrap_err(), "i18n/uk.ftl");
    let ftl = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/i18n/uk.ftl")).unwrap();
    assert_eq!(words_from(Lang::Uk, Some(Ok(ftl))).unwrap().lang(), Lang::Uk);

    let (json, scenario) = english(shipped::DEFAULT);
    let bones = skeleton(json).unwrap();
    let overlay =
        std::fs::read_to_string(format!("{}/assets/scenarios/uk/{id}.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let translate = || Needs::Translation { skeleton: bones.clone() };
    let opening = opening_from(Lang::Uk, translate(), None, Some(Ok(overlay))).unwrap();
    assert_eq!(opening.scenario().unwrap(), translation(Lang::Uk).apply(&scenario));
    // It rests on the page's skeleton: if that could not be read, the page would fetch the file.
    assert!(opening.from_page());
    let path = format!("scenarios/uk/{id}.json");
    assert_eq!(opening_from(Lang::Uk, translate(), None, Some(Err(LoadFailure::Unreachable))).unwrap_err(), path);
    let broken = opening_from(Lang::Uk, translate(), None, Some(Ok("{\"scenario\": 1}".into()))).unwrap_err();
    assert!(broken.starts_with(&format!("{path}: ")), "{broken}");
    let file = || Needs::File { translation: false };
    let got = opening_from(Lang::En, file(), Some(Ok(json.to_string())), None).unwrap();
    assert_eq!(got.scenario().unwrap(), scenario);
    assert!(!got.from_page());
    let missing = opening_from(Lang::En, file(), Some(Err(LoadFailure::Status(404))), None).unwrap_err();
    assert_eq!(missing, format!("scenarios/{id}.json: 404"));
}
