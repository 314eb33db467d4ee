//! Random scenarios built from a flat list of numbers: small ones for the search's brute-force
//! equivalence tests (`tests/it/search.rs`, where proptest shrinks the numbers) and large seeded
//! ones for the search's growth curve (`benches/search.rs`). One generator for both.

use dealscope::model::scenario::{
    Basis, Choice, Condition, Date, Lever, LeverOption, Party, RedLine, Rule, Scenario, Source, SourceLink, Stance,
};

fn stance(value: i8) -> Option<Stance> {
    (value != 0).then(|| sourced(value))
}

fn sourced(value: i8) -> Stance {
    Stance { value: f64::from(value), source_idx: 0, basis: Basis::Stated, note: "n".into() }
}

/// A small random scenario built from a flat list of numbers, so proptest can shrink it.
pub fn scenario_from(n_parties: usize, option_counts: &[usize], numbers: &[i8]) -> Scenario {
    let mut next = numbers.iter().copied().cycle();
    let mut take = move || next.next().unwrap_or(0);
    // About one option in three is a limited step, so limited agreements (weighed against talks
    // going on) are checked against brute force too.
    let levers: Vec<Lever> = option_counts
        .iter()
        .enumerate()
        .map(|(l, &n)| Lever {
            id: format!("l{l}"),
            title: format!("Lever {l}"),
            description: String::new(),
            options: (0..n)
                .map(|o| LeverOption {
                    id: if o == 0 { "unaddressed".into() } else { format!("o{o}") },
                    label: format!("Option {o}"),
                    description: String::new(),
                    limited: o > 0 && take().rem_euclid(3) == 0,
                })
                .collect(),
        })
        .collect();
    let parties = (0..n_parties)
        .map(|p| {
            let values: Vec<Vec<Option<Stance>>> =
                levers.iter().map(|lever| lever.options.iter().map(|_| stance(take() % 11)).collect()).collect();
            let mut red_lines = Vec::new();
            for (lever_idx, lever) in levers.iter().enumerate() {
                for option_idx in 1..lever.options.len() {
                    if take().rem_euclid(9) == 0 {
                        red_lines.push(RedLine {
                            choice: Choice { lever_idx, option_idx },
                            reason: "no".into(),
                            source_idx: 0,
                            basis: Basis::Stated,
                        });
                    }
                }
            }
            let n_rules = take().rem_euclid(3) as usize;
            let rules = (0..n_rules)
                .map(|_| {
                    let a = take().rem_euclid(levers.len() as i8) as usize;
                    let b = take().rem_euclid(levers.len() as i8) as usize;
                    let when = [a, b]
                        .iter()
                        .map(|&lever_idx| Condition {
                            lever_idx,
                            option_idxs: vec![take().rem_euclid(levers[lever_idx].options.len() as i8) as usize],
                        })
                        .collect();
                    Rule {
                        when,
                        value: f64::from(take() % 9),
                        ratification: None,
                        reason: "r".into(),
                        source_idx: 0,
                        basis: Basis::Stated,
                    }
                })
                .collect();
            Party {
                id: format!("p{p}"),
                name: format!("Party {p}"),
                short_name: format!("P{p}"),
                abbr: format!("P{p}"),
                reservation: sourced(take() % 8),
                talks: Some(sourced(take() % 8)),
                uncertainty: f64::from(take().rem_euclid(6) + 1),
                values,
                red_lines,
                rules,
            }
        })
        .collect();
    Scenario {
        id: "random".into(),
        title: "Random".into(),
        as_of: Date::parse("2025-04-30").unwrap(),
        description: String::new(),
        sources: vec![Source {
            id: "s".into(),
            outlet: "o".into(),
            title: "t".into(),
            title_lang: None,
            date: Date::parse("2025-04-01").unwrap(),
            link: SourceLink::None { why: "a test".into() },
            note: None,
        }],
        parties,
        levers,
        presets: vec![],
    }
}

/// `count` numbers from a fixed seed (a 64-bit linear congruential generator), the same on every
/// machine, for scenarios too large to write out.
pub fn seeded_numbers(seed: u64, count: usize) -> Vec<i8> {
    let mut state = seed;
    (0..count)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 56) as i8
        })
        .collect()
}
