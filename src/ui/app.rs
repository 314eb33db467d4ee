//! `App` picks the language and its words, `Opened` reads the scenario in it, and `Loaded` owns
//! the one reducer and lays out what the model derives, rendering its first view in stages. Their
//! browser I/O (the language, the link, the embedded frame, the panic panel, the stages, the
//! snapshots fetched later) is in `hooks/`.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::lang::LangChoice;
use crate::model::load::ProblemKind;
use crate::model::opening::Opening;
use crate::model::words::{endonym, verdict_icon};
use crate::model::{evaluate, explain_all, shipped, Action, Explorer, Lang, Problem, Scenario, Words};
use crate::ui::embed::{at_language_page, link_with_deal, page_name};
use crate::ui::hooks::frame::use_embed_frame;
use crate::ui::hooks::language::{self, use_document_language, use_language, Language};
use crate::ui::hooks::link::{self, use_link_sync};
use crate::ui::hooks::panic::{use_panic_panel, use_panic_words};
use crate::ui::hooks::prerendered::{use_start_in_stages, STAGES};
use crate::ui::hooks::snapshots::use_snapshot_loader;
use crate::ui::{
    use_words, Concessions, DateControl, DealFinder, EmbedCode, LanguageSwitch, LinkNotice, MethodPanel, OverTime,
    PartyCard, PresetBar, ScenarioProblems, SharedScenario, SharedWords, Standing, WhatChanged,
};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A scenario to open on its own, as JSON; the shipped series, dated snapshots, when not given.
    #[prop_or_default]
    pub scenario_json: Option<AttrValue>,
    /// The language to show; when not given, the link's, the page's or the browser's.
    #[prop_or_default]
    pub lang: Option<Lang>,
}

/// The state to open with, before the link is read; compared by pointer (made once).
#[derive(Clone)]
struct Start(Rc<Explorer>);

impl PartialEq for Start {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let choice = use_memo(props.lang, |lang| match lang {
        Some(lang) => LangChoice::fixed(*lang),
        None => language::choose(),
    });
    let (language, fetch_instead) = use_language(choice.lang, props.scenario_json.is_none());
    use_panic_panel();
    // What the page does not carry arrives after a fetch or two; the prerendered view (or nothing)
    // stays until then.
    let (words, opening, failed) = match language {
        Language::Loading => return html! {},
        Language::Ready { words, opening, failed } => (words, opening.ok_or_else(String::new), failed),
        Language::Unavailable { why } => (Words::english(), Err(why), None),
    };
    let notices: Vec<String> = failed
        .map(|(lang, why)| words.format("language-notice", &[("lang", endonym(lang).into()), ("why", why.into())]))
        .into_iter()
        .chain(
            choice.link_not_understood.iter().map(|text| words.format("link-lang-ignored", &[("text", text.into())])),
        )
        .collect();
    let link_lang = choice.for_links(words.lang());
    html! {
        <ContextProvider<SharedWords> context={SharedWords(words.clone())}>
            <Opened scenario_json={props.scenario_json.clone()} {opening} {fetch_instead} {link_lang} {notices} />
        </ContextProvider<SharedWords>>
    }
}

#[derive(Properties, PartialEq)]
struct OpenedProps {
    scenario_json: Option<AttrValue>,
    /// The opening snapshot in the language shown, or why it could not be had (an empty why when
    /// the app was given its scenario, which is then read instead).
    opening: Result<Rc<Opening>, String>,
    /// Called when the page's own copy of the opening snapshot cannot be read: the files are
    /// fetched instead (`use_language`).
    fetch_instead: Callback<()>,
    /// The language every link names (none: the reader's own languages choose).
    link_lang: Option<Lang>,
    /// What to tell the reader about the language.
    notices: Vec<String>,
}

/// The scenario in the reader's language: the page, or why the scenario could not be loaded.
#[component]
fn Opened(props: &OpenedProps) -> Html {
    let words = use_words();
    use_document_language(words.clone());
    use_panic_words(words.clone());
    let loaded = use_memo((props.scenario_json.clone(), props.opening.clone()), |(json, opening)| match json {
        Some(json) => Scenario::from_json(json).map(|scenario| Rc::new(Explorer::new(Rc::new(scenario)))),
        None => match opening {
            Ok(opening) => Explorer::opening(shipped::DEFAULT_SERIES, opening).map(Rc::new),
            Err(why) => Err(vec![Problem { path: why.clone(), kind: ProblemKind::Unreadable }]),
        },
    });
    // A copy in the page that cannot be read was altered on the way, and the files can still be
    // had: they are fetched, and the prerendered view stays until they are here.
    let unreadable_copy = loaded.is_err() && props.opening.as_ref().is_ok_and(|opening| opening.from_page());
    use_effect_with(unreadable_copy, {
        let fetch_instead = props.fetch_instead.clone();
        move |&unreadable| {
            if unreadable {
                fetch_instead.emit(());
            }
        }
    });
    // The page renders in stages, a task each, the first one this scenario's parse alone (see
    // `hooks::prerendered`); the problems take the prerendered view's place at once.
    let stage = use_start_in_stages(loaded.is_ok() || unreadable_copy);
    match &*loaded {
        Err(_) if unreadable_copy => html! {},
        Ok(_) if stage < TOP => html! {},
        Ok(start) => {
            html! { <Loaded start={Start(start.clone())} link_lang={props.link_lang} notices={props.notices.clone()} {stage} /> }
        }
        Err(problems) => html! {
            <>
                <header class="masthead">
                    <p class="kicker">{ "Dealscope" }</p>
                    <h1>{ words.get("would-they-sign") }</h1>
                </header>
                <main id="main">
                    <ScenarioProblems problems={problems.clone()} />
                </main>
            </>
        },
    }
}

/// The first render's stages, a task apart (see `hooks::prerendered`): the top of the page, the
/// verdicts, the terms, the rest. Stage 0 is the scenario's parse alone.
const TOP: usize = 1;
const VERDICTS: usize = 2;
const TERMS: usize = 3;
const REST: usize = STAGES;

#[derive(Properties, PartialEq)]
struct LoadedProps {
    start: Start,
    /// How far the first render has got (`STAGES` when done): each part of the page renders from
    /// its stage on (`TOP`, `VERDICTS`, `TERMS`, `REST`). The page stays hidden until the last,
    /// so the stages only spread the work over tasks.
    stage: usize,
    link_lang: Option<Lang>,
    notices: Vec<String>,
}

#[component]
fn Loaded(props: &LoadedProps) -> Html {
    let words = use_words();
    let link_lang = props.link_lang;
    let stage = props.stage;
    let state = use_reducer({
        let start = props.start.0.clone();
        move || {
            let mut explorer = (*start).clone();
            explorer.apply(link::read().into_action());
            explorer
        }
    });
    // A memoised callback keeps its identity across renders, so children re-render only when
    // what they show changes.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_toggle_method =
        use_callback(state.dispatcher(), |_: (), dispatcher| dispatcher.dispatch(Action::ToggleMethod));
    let on_share = use_callback(state.dispatcher(), |_: (), dispatcher| link::share(dispatcher.clone()));
    let pages = use_memo((), |_| language::pages());

    // The link is the state, both ways.
    let deal = state.deal_text();
    let as_of = state.date_text();
    use_link_sync(state.dispatcher(), deal.clone(), as_of.clone(), link_lang);

    // The other dates arrive after the page has shown itself.
    let waiting: Vec<(usize, String)> =
        state.snapshots.waiting().into_iter().map(|idx| (idx, state.snapshots.slots[idx].id.clone())).collect();
    use_snapshot_loader(state.dispatcher(), waiting, words.lang(), stage == REST);

    // Embedding: read once; theme and compact layout on <html>; report our height to the host.
    let embed = use_memo((), |_| link::read_embed());
    use_embed_frame(&embed);

    let scenario = &SharedScenario(state.scenario().clone());
    let pinned = state.date().to_string();
    // Derived once per scenario and package, not again at each stage of the first render.
    let derived = use_memo((scenario.clone(), state.package.clone()), |(scenario, package)| {
        (evaluate(scenario, package), explain_all(scenario, package))
    });
    let (outcome, explanations) = &*derived;
    let scoreboard = scenario.parties.iter().zip(&outcome.parties).map(|(party, o)| {
        html! {
            <li class={classes!("chip", o.verdict.id())} key={party.id.clone()}>
                <a href={format!("#card-{}", party.id)}>
                    <span class="icon" aria-hidden="true">{ verdict_icon(o.verdict) }</span>
                    { " " }{ &party.short_name }{ " " }
                    <span class="chip-pct">{ words.percent(o.probability) }</span>
                </a>
            </li>
        }
    });
    // One explanation per party, derived once: the headline and the cards share them.
    let headline_text = words.headline(scenario, &state.package, outcome, explanations);
    let cards = explanations.iter().map(|explanation| {
        let id = scenario.parties[explanation.party_idx].id.clone();
        html! {
            <div class="card-slot" id={format!("card-{id}")} key={id.clone()}>
                <PartyCard scenario={scenario.clone()} explanation={explanation.clone()} />
            </div>
        }
    });

    // The same page in each language: every link names its language, so the choice holds, and
    // goes to the page built in it when the site has one, so a preview of the link is in it too.
    // Off the browser (the prerender) the page is the one built for the language shown.
    let href = Some(link::current_href()).filter(|href| !href.is_empty());
    let href = href.unwrap_or_else(|| page_name(words.lang()).to_string());
    let at = |lang: Option<Lang>| at_language_page(&href, lang, &pages);
    let switch_links: Vec<(Lang, String)> = Lang::ALL
        .iter()
        .map(|&lang| (lang, link_with_deal(&at(Some(lang)), as_of.as_deref(), &deal, Some(lang), false)))
        .collect();
    // The embed code and the embed's link to the full page pin the date shown.
    let full_page = link_with_deal(&at(link_lang), Some(&pinned), &deal, link_lang, true);
    let share_link = link_with_deal(&at(link_lang), as_of.as_deref(), &deal, link_lang, false);

    html! {
        <>
            if !embed.embed {
                <header class="masthead">
                    <div class="masthead-top">
                        <p class="kicker">{ words.get("kicker") }</p>
                        <LanguageSwitch links={switch_links} />
                    </div>
                    <h1>{ &scenario.title }</h1>
                    <p class="lede">{ &scenario.description }</p>
                    <p class="as-of">
                        <time datetime={scenario.as_of.to_string()}>{ words.format("as-of-line", &[("date", words.human_date(scenario.as_of).into())]) }</time>
                    </p>
                </header>
            }
            <main id="main">
                if embed.embed {
                    <h1 class="embed-title">{ words.format("embed-title", &[("title", (&scenario.title).into())]) }</h1>
                }
                <DateControl
                    snapshots={state.snapshots.clone()}
                    shown={state.shown}
                    wanted={state.wanted}
                    notice={state.date_notice.clone()}
                    on_action={on_action.clone()}
                />
                if !props.notices.is_empty() {
                    <div class="notice" role="status" data-testid="language-notice">
                        { for props.notices.iter().map(|notice| html! { <p>{ notice }</p> }) }
                    </div>
                }
                <LinkNotice ignored={state.link_notice.clone()} on_action={on_action.clone()} />
                <section class="summary" aria-label={words.get("summary-label")}>
                    <p class="headline" data-testid="headline">{ headline_text }</p>
                    <p class="visually-hidden" aria-live="polite" data-testid="announcement">
                        { words.announcement(scenario, outcome) }
                    </p>
                </section>
                <PresetBar
                    scenario={scenario.clone()}
                    active={state.active_preset()}
                    is_empty={state.is_empty()}
                    share={state.share}
                    link={share_link}
                    on_action={on_action.clone()}
                    {on_share}
                />
                <DealFinder
                    key={scenario.id.clone()}
                    scenario={scenario.clone()}
                    package={state.package.clone()}
                    locked={state.locked.clone()}
                    open={state.finder_open}
                    on_action={on_action.clone()}
                />
                <div class="workspace">
                    <ol class="scoreboard" aria-label={words.get("scoreboard-label")} data-testid="scoreboard">{ for scoreboard }</ol>
                    if stage >= TERMS {
                        <Concessions
                            scenario={scenario.clone()}
                            package={state.package.clone()}
                            locked={state.locked.clone()}
                            view={state.view}
                            on_action={on_action.clone()}
                        />
                    }
                    if stage >= VERDICTS {
                        <section class="region verdicts" aria-labelledby="verdicts-title" data-testid="verdicts">
                            <h2 id="verdicts-title">{ words.get("who-would-sign") }</h2>
                            <Standing scenario={scenario.clone()} outcome={outcome.clone()} />
                            <p class="hint swipe-hint" aria-hidden="true">{ words.get("swipe-hint") }</p>
                            <div class="cards">{ for cards }</div>
                        </section>
                    }
                </div>
                if stage >= REST {
                    if state.snapshots.slots.len() > 1 {
                        <OverTime snapshots={state.snapshots.clone()} package={state.package.clone()} shown={state.shown} />
                        <WhatChanged
                            snapshots={state.snapshots.clone()}
                            shown={state.shown}
                            from={state.compared_with()}
                            on_action={on_action.clone()}
                        />
                    }
                    <MethodPanel scenario={scenario.clone()} dates={state.snapshots.dates()} open={state.method_open} on_toggle={on_toggle_method} />
                    if embed.embed {
                        <p class="attribution">
                            <a href={full_page.clone()} target="_blank" rel="noopener">
                                { words.format("attribution", &[("date", words.human_date(scenario.as_of).into())]) }
                            </a>
                        </p>
                    } else {
                        <EmbedCode
                            title={scenario.title.clone()}
                            page_href={full_page.clone()}
                            open={state.embed_code_open}
                            on_action={on_action.clone()}
                        />
                    }
                }
            </main>
            if stage >= REST && !embed.embed {
                <footer class="colophon">
                    <p>{ words.format("colophon", &[("date", words.human_date(scenario.as_of).into())]) }</p>
                </footer>
            }
        </>
    }
}
