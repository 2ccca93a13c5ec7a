//! The compare view's rows in a link: `view=compare&by=policy&values=qemu,xen,vmotion`
//! (one parameter, 2–6 values, each in that key's own notation; `crate::vary`
//! reads them). Without `by` (or with `by=type` and no values) the view compares every
//! type, as it always has. Pure, tested natively.

pub use super::keys::{BY, VALUES};
use crate::vary::{self, TYPE_KEY};
use crate::Params;

/// One parameter's values, each a row of the compare view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareBy {
    /// A link key (`crate::vary::keys`).
    pub by: &'static str,
    /// The values as the notation writes them, in the order given, 2 to 6.
    pub values: Vec<String>,
}

impl CompareBy {
    /// Reads `by` and `values` against the link's parameters: `None` for the view by type
    /// (no `by`, or `by=type` without values). A bad key, a bad value, or too few good
    /// values are reported through `drop(key, value, why)`; the good values are kept.
    pub fn read(
        by: Option<&str>,
        values: Option<&str>,
        params: &Params,
        mut drop: impl FnMut(&str, &str, String),
    ) -> Option<CompareBy> {
        let by_text = by.map(str::trim).unwrap_or(TYPE_KEY);
        let Some(key) = vary::key(by_text) else {
            drop(
                BY,
                by_text,
                format!(
                    "not a parameter's key ({})",
                    vary::keys().collect::<Vec<_>>().join(", ")
                ),
            );
            return None;
        };
        let given = vary::split(values.unwrap_or_default());
        if given.is_empty() {
            if key != TYPE_KEY {
                drop(
                    BY,
                    key,
                    "needs values=V1,V2,… (2 to 6); every type is compared".into(),
                );
            }
            return None;
        }
        match vary::vary(params, key, &given) {
            Ok(v) => {
                for b in &v.bad {
                    drop(VALUES, &b.value, b.why.clone());
                }
                Some(CompareBy {
                    by: v.by,
                    values: v.variants.into_iter().map(|x| x.value).collect(),
                })
            }
            Err(vary::VaryError::TooFew { bad, .. }) => {
                for b in &bad {
                    drop(VALUES, &b.value, b.why.clone());
                }
                drop(
                    BY,
                    key,
                    format!(
                        "needs {} to {} usable values; every type is compared",
                        vary::MIN_VALUES,
                        vary::MAX_VALUES
                    ),
                );
                None
            }
            Err(e) => {
                drop(BY, key, e.to_string());
                None
            }
        }
    }

    /// The link's pairs: `by` and `values`.
    pub fn pairs(&self) -> [(String, String); 2] {
        [
            (BY.into(), self.by.into()),
            (VALUES.into(), self.values.join(",")),
        ]
    }

    /// Each value's run: the parameters with that value set, its name for people, or why
    /// it cannot run with these parameters (a slider moved since the link was read).
    pub fn variants(&self, params: &Params) -> Vec<(String, Result<vary::Variant, String>)> {
        self.values
            .iter()
            .map(|v| (v.clone(), vary::variant(params, self.by, v)))
            .collect()
    }
}
