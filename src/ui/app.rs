//! `App`: loads the scenario, owns the one reducer, does all the page's I/O (the link, back and
//! forward, the clipboard, the panic panel) and lays out what the model derives.

use std::rc::Rc;

use yew::prelude::*;

use super::embed::link_with_deal;
use super::{
    Concessions, DealFinder, EmbedCode, LinkNotice, MethodPanel, PartyCard, PresetBar, ScenarioProblems, SharedScenario,
};
use crate::model::summary::{announcement, headline, human_date, percent, verdict_icon};
use crate::model::{evaluate, explain, shipped, Action, Explanation, Explorer, Scenario};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The scenario to open, as JSON; the shipped default when not given.
    #[prop_or_default]
    pub scenario_json: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let loaded = use_memo(props.scenario_json.clone(), |json| {
        let json = json.as_deref().unwrap_or(shipped::DEFAULT_SCENARIO);
        Scenario::from_json(json).map(Rc::new)
    });
    use_effect_with((), |_| install_panic_hook());
    match &*loaded {
        Ok(scenario) => html! { <Loaded scenario={SharedScenario(scenario.clone())} /> },
        Err(problems) => html! {
            <>
                <header class="masthead">
                    <p class="kicker">{ "Dealscope" }</p>
                    <h1>{ "Would they sign?" }</h1>
                </header>
                <main id="main">
                    <ScenarioProblems problems={problems.clone()} />
                </main>
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct LoadedProps {
    scenario: SharedScenario,
}

#[component]
fn Loaded(props: &LoadedProps) -> Html {
    let state = use_reducer({
        let scenario = props.scenario.0.clone();
        move || {
            let mut explorer = Explorer::new(scenario);
            let (preset, deal) = link::read();
            explorer.apply(Action::LoadLink { preset, deal });
            explorer
        }
    });
    // A memoised callback keeps its identity across renders, so children re-render only when
    // what they show changes.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let on_toggle_method =
        use_callback(state.dispatcher(), |_: (), dispatcher| dispatcher.dispatch(Action::ToggleMethod));
    let on_share = use_callback(state.dispatcher(), |_: (), dispatcher| link::share(dispatcher.clone()));

    // The link is the state: write the package into the address bar whenever it changes
    // (replacing the entry on first load, pushing one afterwards so Back undoes a change).
    let deal = state.deal_text();
    let first_write = use_mut_ref(|| true);
    use_effect_with(deal.clone(), move |deal| {
        let push = !std::mem::replace(&mut *first_write.borrow_mut(), false);
        link::write(deal, push);
    });
    // Back and forward: read the link again.
    use_effect_with((), {
        let dispatcher = state.dispatcher();
        move |_| link::on_history_change(move |preset, deal| dispatcher.dispatch(Action::LoadLink { preset, deal }))
    });

    // Embedding: read once; theme and compact layout on <html>; report our height to the host.
    let embed = use_memo((), |_| link::read_embed());
    use_effect_with((), {
        let embed = (*embed).clone();
        move |_| frame::start(&embed)
    });

    let scenario = &props.scenario;
    let outcome = evaluate(scenario, &state.package);
    let explanations: Vec<Explanation> =
        (0..scenario.parties.len()).map(|party_idx| explain(scenario, party_idx, &state.package)).collect();
    let scoreboard = scenario.parties.iter().zip(&outcome.parties).map(|(party, o)| {
        html! {
            <li class={classes!("chip", o.verdict.id())} key={party.id.clone()}>
                <a href={format!("#card-{}", party.id)}>
                    <span class="icon" aria-hidden="true">{ verdict_icon(o.verdict) }</span>
                    { " " }{ &party.short_name }{ " " }
                    <span class="chip-pct">{ percent(o.probability) }</span>
                </a>
            </li>
        }
    });
    let cards = explanations.into_iter().map(|explanation| {
        let id = scenario.parties[explanation.party_idx].id.clone();
        html! {
            <div class="card-slot" id={format!("card-{id}")} key={id.clone()}>
                <PartyCard scenario={scenario.clone()} {explanation} />
            </div>
        }
    });

    html! {
        <>
            if !embed.embed {
                <header class="masthead">
                    <p class="kicker">{ "Dealscope · Would they sign?" }</p>
                    <h1>{ &scenario.title }</h1>
                    <p class="lede">{ &scenario.description }</p>
                    <p class="as-of">
                        { "Positions as of " }
                        <time datetime={scenario.as_of.clone()}>{ human_date(&scenario.as_of) }</time>
                        { ". An editorial estimate, not a forecast." }
                    </p>
                </header>
            }
            <main id="main">
                if embed.embed {
                    <h1 class="embed-title">{ "Would they sign? " }{ &scenario.title }</h1>
                }
                <LinkNotice ignored={state.link_notice.clone()} on_action={on_action.clone()} />
                <section class="summary" aria-label="Summary">
                    <p class="headline" data-testid="headline">{ headline(scenario, &state.package, &outcome) }</p>
                    <p class="visually-hidden" aria-live="polite" data-testid="announcement">
                        { announcement(scenario, &outcome) }
                    </p>
                </section>
                <PresetBar
                    scenario={scenario.clone()}
                    active={state.active_preset()}
                    is_empty={state.is_empty()}
                    share={state.share}
                    link={link_with_deal(&link::current_href(), &deal, false)}
                    on_action={on_action.clone()}
                    {on_share}
                />
                <DealFinder
                    scenario={scenario.clone()}
                    package={state.package.clone()}
                    locked={state.locked.clone()}
                    open={state.finder_open}
                    on_action={on_action.clone()}
                />
                <div class="workspace">
                    <ol class="scoreboard" aria-label="Verdicts at a glance" data-testid="scoreboard">{ for scoreboard }</ol>
                    <Concessions
                        scenario={scenario.clone()}
                        package={state.package.clone()}
                        locked={state.locked.clone()}
                        view={state.view}
                        on_action={on_action.clone()}
                    />
                    <section class="region verdicts" aria-labelledby="verdicts-title" data-testid="verdicts">
                        <h2 id="verdicts-title">{ "Who would sign" }</h2>
                        <div class="cards">{ for cards }</div>
                    </section>
                </div>
                <MethodPanel scenario={scenario.clone()} open={state.method_open} on_toggle={on_toggle_method} />
                if embed.embed {
                    <p class="attribution">
                        <a href={link_with_deal(&link::current_href(), &deal, true)} target="_blank" rel="noopener">
                            { "Dealscope, an editorial estimate as of " }{ human_date(&scenario.as_of) }{ ". Open the full page (new tab)" }
                        </a>
                    </p>
                } else {
                    <EmbedCode
                        title={scenario.title.clone()}
                        page_href={link_with_deal(&link::current_href(), &deal, true)}
                        open={state.embed_code_open}
                        on_action={on_action.clone()}
                    />
                }
            </main>
            if !embed.embed {
                <footer class="colophon">
                    <p>
                        { "Dealscope. An editorial estimate of public positions as of " }
                        { human_date(&scenario.as_of) }
                        { "; every value cites its source under “How this works”." }
                    </p>
                </footer>
            }
        </>
    }
}

/// Shows a plain panel over the page after a panic, instead of leaving a frozen or blank page.
/// Built with DOM calls and text nodes only, since Yew may be in no state to render.
pub fn show_panic_panel(message: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let document = gloo::utils::document();
        let Ok(panel) = document.create_element("div") else {
            return;
        };
        panel.set_class_name("panic-panel");
        let _ = panel.set_attribute("role", "alert");
        let _ = panel.set_attribute("data-testid", "panic-panel");
        for (tag, text) in [
            ("h2", "Something went wrong"),
            ("p", "Dealscope hit an error it cannot recover from. Reload the page to start again; your deal is in the link."),
            ("pre", message),
        ] {
            if let Ok(element) = document.create_element(tag) {
                element.set_text_content(Some(text));
                let _ = panel.append_child(&element);
            }
        }
        if let Some(body) = document.body() {
            let _ = body.prepend_with_node_1(&panel);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message;
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        show_panic_panel(&message);
    }));
}

/// Reading and writing the link (`?deal=lever:option,...&preset=id`), and the clipboard.
/// Off the browser (server rendering in tests) there is no link: reads give nothing.
mod link {
    use yew::UseReducerDispatcher;

    use crate::model::{Action, Explorer};

    #[cfg(target_arch = "wasm32")]
    fn params() -> Option<web_sys::UrlSearchParams> {
        let search = gloo::utils::window().location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search).ok()
    }

    /// The link's `preset` and `deal`, as given (the model decides what they mean).
    pub fn read() -> (Option<String>, Option<String>) {
        #[cfg(target_arch = "wasm32")]
        if let Some(params) = params() {
            return (params.get("preset"), params.get("deal"));
        }
        (None, None)
    }

    /// The page's embed options, from its query string.
    pub fn read_embed() -> super::super::embed::EmbedOptions {
        #[cfg(target_arch = "wasm32")]
        if let Some(params) = params() {
            let pairs: Vec<(String, String)> = super::super::embed::EMBED_PARAMS
                .iter()
                .filter_map(|key| params.get(key).map(|value| (key.to_string(), value)))
                .collect();
            return super::super::embed::EmbedOptions::from_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        }
        super::super::embed::EmbedOptions::from_params([])
    }

    /// The address bar as it is (its deal may lag a change behind: see `embed::link_with_deal`).
    pub fn current_href() -> String {
        #[cfg(target_arch = "wasm32")]
        if let Ok(href) = gloo::utils::window().location().href() {
            return href;
        }
        String::new()
    }

    /// Puts `deal` in the address bar, keeping every other parameter (embed options, say).
    /// The deal is written as it is, unencoded: its ids are URL-safe, and readable links matter.
    pub fn write(deal: &str, push: bool) {
        #[cfg(target_arch = "wasm32")]
        {
            let Some(params) = params() else { return };
            if params.get("deal").unwrap_or_default() == deal && params.get("preset").is_none() {
                return;
            }
            params.delete("deal");
            params.delete("preset");
            let mut query: String = params.to_string().into();
            if !deal.is_empty() {
                if !query.is_empty() {
                    query.push('&');
                }
                query.push_str("deal=");
                query.push_str(deal);
            }
            let window = gloo::utils::window();
            let location = window.location();
            let path = location.pathname().unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
            if let Ok(history) = window.history() {
                let state = wasm_bindgen::JsValue::NULL;
                let _ = if push {
                    history.push_state_with_url(&state, "", Some(&url))
                } else {
                    history.replace_state_with_url(&state, "", Some(&url))
                };
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (deal, push);
    }

    /// Calls `on_change` with the link's preset and deal after every Back or Forward; the
    /// returned closure stops listening.
    pub fn on_history_change(on_change: impl Fn(Option<String>, Option<String>) + 'static) -> impl FnOnce() {
        #[cfg(target_arch = "wasm32")]
        let listener = gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            let (preset, deal) = read();
            on_change(preset, deal);
        });
        #[cfg(not(target_arch = "wasm32"))]
        let listener = on_change;
        move || drop(listener)
    }

    /// Copies the page's link to the clipboard and reports whether it worked.
    pub fn share(dispatcher: UseReducerDispatcher<Explorer>) {
        #[cfg(target_arch = "wasm32")]
        wasm_bindgen_futures::spawn_local(async move {
            let window = gloo::utils::window();
            let href = window.location().href().unwrap_or_default();
            let promise = window.navigator().clipboard().write_text(&href);
            let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            dispatcher.dispatch(Action::Shared { copied });
        });
        #[cfg(not(target_arch = "wasm32"))]
        dispatcher.dispatch(Action::Shared { copied: false });
    }
}

/// The embedded frame's side of self-sizing: marks `<html>` with the theme and embed mode,
/// posts the content's height to the host page whenever it changes (Pym.js and AMP formats),
/// and answers Pym's width messages. Every other incoming message is ignored.
mod frame {
    use super::super::embed::EmbedOptions;

    /// Returns the clean-up to run when the app unmounts.
    pub fn start(options: &EmbedOptions) -> impl FnOnce() {
        #[cfg(target_arch = "wasm32")]
        {
            use super::super::embed::Theme;
            use wasm_bindgen::closure::Closure;
            use wasm_bindgen::JsCast;

            let window = gloo::utils::window();
            let root = gloo::utils::document_element();
            match options.theme {
                Theme::Light => drop(root.set_attribute("data-theme", "light")),
                Theme::Dark => drop(root.set_attribute("data-theme", "dark")),
                Theme::Auto => drop(root.remove_attribute("data-theme")),
            }
            if options.embed {
                let _ = root.set_attribute("data-embed", "1");
            }
            let in_frame = window.parent().ok().flatten().is_some_and(|parent| parent != window);
            if !in_frame {
                return Box::new(|| ()) as Box<dyn FnOnce()>;
            }

            let child_id = options.child_id.clone();
            let post_height = move || {
                let window = gloo::utils::window();
                let Some(parent) = window.parent().ok().flatten() else { return };
                let height = gloo::utils::document_element().get_bounding_client_rect().height().ceil() as u32;
                if let Some(id) = &child_id {
                    let message = super::super::embed::pym_height_message(id, height);
                    let _ = parent.post_message(&message.into(), "*");
                }
                let amp = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
                let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
                let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
                let _ = parent.post_message(&amp, "*");
            };
            post_height();

            let on_resize = Closure::<dyn Fn()>::new(post_height.clone());
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let Some(observer) = &observer {
                observer.observe(&root);
            }
            let child_id = options.child_id.clone();
            let listener = gloo::events::EventListener::new(&window, "message", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
                let (Some(id), Some(data)) = (&child_id, event.data().as_string()) else { return };
                if super::super::embed::pym_width(&data, id).is_some() {
                    post_height();
                }
            });
            Box::new(move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_resize);
                drop(listener);
            }) as Box<dyn FnOnce()>
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = options;
            || ()
        }
    }
}
