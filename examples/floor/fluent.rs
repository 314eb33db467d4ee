//! A line worded by Fluent, as the app words its own: the page's messages, its language, CLDR
//! plurals and no isolation marks.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::common::inline;

pub fn words(count: u32) -> String {
    let resource = FluentResource::try_new(inline("messages")).unwrap_or_else(|(resource, _)| resource);
    let lang: unic_langid::LanguageIdentifier = inline("lang").parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    if bundle.add_resource(resource).is_err() {
        return String::new();
    }
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(count));
    let Some(pattern) = bundle.get_message("changes").and_then(|message| message.value()) else {
        return String::new();
    };
    bundle.format_pattern(pattern, Some(&args), &mut Vec::new()).into_owned()
}
