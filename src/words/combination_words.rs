//! What a figure combined over several clusters is, in words for the foot of a section:
//! sums of firms are upper bounds (a firm in several clusters counts in each), and a
//! mean with no base to weigh by is a plain mean.

use crate::data::rollup::combination::Combination;
use crate::i18n::Lang;

/// The notes for the combinations in `shown`, joined by " · ": empty when every figure
/// is a plain sum or a weighted mean (or there is one cluster).
pub fn combination_legend(shown: impl IntoIterator<Item = Combination>, lang: Lang) -> String {
    let shown: Vec<Combination> = shown.into_iter().collect();
    [
        (Combination::UpperBound, "combination.upper_bound"),
        (Combination::Mean, "combination.plain_mean"),
        (
            Combination::MeanLackingBase,
            "combination.mean_lacking_base",
        ),
    ]
    .iter()
    .filter(|(combination, _)| shown.contains(combination))
    .map(|(_, key)| lang.t(key))
    .collect::<Vec<_>>()
    .join(" · ")
}

/// `note` with the combination legend of `shown` after it, when there is one.
pub fn with_combination_legend(
    note: String,
    shown: impl IntoIterator<Item = Combination>,
    lang: Lang,
) -> String {
    let legend = combination_legend(shown, lang);
    if legend.is_empty() {
        note
    } else {
        format!("{note} · {legend}")
    }
}

/// The combination of one figure in words after it, for plain mode and the report:
/// " (plain means: no base to weigh by)", or nothing for a plain sum or weighted mean.
pub fn combination_words(combination: Option<Combination>, lang: Lang) -> String {
    let legend = combination_legend(combination, lang);
    if legend.is_empty() {
        legend
    } else {
        format!(" ({legend})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_upper_bounds_and_plain_means_are_named() {
        assert_eq!(
            combination_legend([Combination::Sum, Combination::WeightedMean], Lang::En),
            ""
        );
        let both = combination_legend(
            [
                Combination::Mean,
                Combination::UpperBound,
                Combination::Mean,
            ],
            Lang::En,
        );
        assert_eq!(
            both,
            format!(
                "{} · {}",
                Lang::En.t("combination.upper_bound"),
                Lang::En.t("combination.plain_mean")
            )
        );
    }
}
