//! The exercises view's place in a link: `view=exercises&set=7&q=3` (set 7, problem 3),
//! plus `level=1..3` and `topics=live,postcopy` when not the defaults (the keys are in
//! `crate::links::keys`). Pure, tested natively.

use migration_model::exercise::{SetSpec, Topic, MAX_LEVEL};

/// The keys (declared with the link's other keys in `crate::links::keys`).
pub use crate::links::keys::{EXERCISE_KEYS as KEYS, LEVEL, Q, SET, TOPICS};

/// Problems in a set in the app.
pub const SET_SIZE: u32 = 10;
/// `migsim exercise`'s default level.
pub const DEFAULT_LEVEL: u8 = 2;

/// Which problem of which set is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExercisePos {
    pub set: u64,
    /// 1 ..= [`SET_SIZE`].
    pub q: u32,
    pub level: u8,
    /// Empty = all topics.
    pub topics: Vec<Topic>,
}

impl Default for ExercisePos {
    fn default() -> Self {
        ExercisePos {
            set: 1,
            q: 1,
            level: DEFAULT_LEVEL,
            topics: Vec::new(),
        }
    }
}

impl ExercisePos {
    /// The set this position is in (the same as `migsim exercise --seed set --level …`).
    pub fn spec(&self) -> SetSpec {
        SetSpec {
            seed: self.set,
            count: SET_SIZE,
            topics: self.topics.clone(),
            level: self.level,
        }
    }
}

/// Reads the exercise keys of a link; a bad value keeps its default and is reported
/// through `drop(key, value, why)`.
pub fn read(pairs: &[(String, String)], mut drop: impl FnMut(&str, &str, String)) -> ExercisePos {
    let mut pos = ExercisePos::default();
    for (k, v) in pairs {
        let t = v.trim();
        match k.as_str() {
            SET => match t.parse::<u64>() {
                Ok(n) => pos.set = n,
                Err(_) => drop(k, v, "expected a whole number like 7".into()),
            },
            Q => match t.parse::<u32>() {
                Ok(n) if (1..=SET_SIZE).contains(&n) => pos.q = n,
                _ => drop(
                    k,
                    v,
                    format!("expected a problem number from 1 to {SET_SIZE}"),
                ),
            },
            LEVEL => match t.parse::<u8>() {
                Ok(n) if (1..=MAX_LEVEL).contains(&n) => pos.level = n,
                _ => drop(k, v, format!("expected a level from 1 to {MAX_LEVEL}")),
            },
            TOPICS => {
                let topics: Option<Vec<Topic>> = t.split(',').map(Topic::from_key).collect();
                match topics {
                    Some(list) if !list.is_empty() => pos.topics = list,
                    _ => drop(k, v, "expected topics like live,postcopy".into()),
                }
            }
            _ => {}
        }
    }
    pos
}

/// The link keys for `pos` (after `view=exercises`).
pub fn pairs(pos: &ExercisePos) -> Vec<(String, String)> {
    let mut out = vec![
        (SET.to_string(), pos.set.to_string()),
        (Q.to_string(), pos.q.to_string()),
    ];
    if pos.level != DEFAULT_LEVEL {
        out.push((LEVEL.into(), pos.level.to_string()));
    }
    if !pos.topics.is_empty() {
        let keys: Vec<&str> = pos.topics.iter().map(|t| t.key()).collect();
        out.push((TOPICS.into(), keys.join(",")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::MigrationType;

    fn kv(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn reads_back_what_it_writes() {
        let pos = ExercisePos {
            set: 7,
            q: 3,
            level: 3,
            topics: vec![
                Topic::Type(MigrationType::Live),
                Topic::Type(MigrationType::PostCopy),
            ],
        };
        let got = read(&pairs(&pos), |k, v, why| panic!("{k}={v}: {why}"));
        assert_eq!(got, pos);
        assert_eq!(pairs(&ExercisePos::default()).len(), 2);
    }

    #[test]
    fn bad_values_keep_their_defaults_and_are_named() {
        let mut dropped = Vec::new();
        let got = read(
            &kv(&[
                ("set", "x"),
                ("q", "0"),
                ("level", "9"),
                ("topics", "live,warp"),
                ("q", "4"),
            ]),
            |k, _, _| dropped.push(k.to_string()),
        );
        assert_eq!(got.q, 4);
        assert_eq!(got.set, 1);
        assert_eq!(got.level, DEFAULT_LEVEL);
        assert!(got.topics.is_empty());
        assert_eq!(dropped, ["set", "q", "level", "topics"]);
    }
}
