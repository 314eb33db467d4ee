//! The size floor, third rung: Yew, Fluent and a scenario-like file read with `serde_json` into
//! derived structs (see `scripts/size-floor.sh`). Not part of the app.

#[path = "floor/common.rs"]
mod common;

#[path = "floor/fluent.rs"]
mod fluent;

/// A file shaped like a small scenario: parties with weights, options with values and notes.
#[derive(serde::Deserialize)]
struct File {
    id: String,
    parties: Vec<Party>,
}

#[derive(serde::Deserialize)]
struct Party {
    name: String,
    values: Vec<f64>,
    #[serde(default)]
    note: Option<String>,
}

fn main() {
    if let Ok(file) = serde_json::from_str::<File>(&common::inline("scenario")) {
        let weight: f64 = file.parties.iter().flat_map(|party| &party.values).sum();
        let notes = file.parties.iter().filter_map(|party| party.note.as_ref()).count();
        let names: Vec<&str> = file.parties.iter().map(|party| party.name.as_str()).collect();
        gloo::utils::document().set_title(&format!("{} {} {weight} {notes}", file.id, names.join(", ")));
    }
    common::mount(fluent::words);
}
