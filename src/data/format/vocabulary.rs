//! The closed word lists of the data format: every enum column and the words it accepts.

use crate::i18n::phrase::Phrase;

/// A column whose values come from a fixed list of lower-case words.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every accepted word, in the order the documentation lists them.
    const WORDS: &'static [&'static str];
    /// Every variant, in the same order as [`Vocabulary::WORDS`].
    const ALL: &'static [Self];

    /// The word written in the files for this variant.
    fn word(self) -> &'static str;

    /// Parses a word, ignoring surrounding spaces and letter case.
    fn parse_word(text: &str) -> Option<Self> {
        let wanted = text.trim();
        Self::WORDS
            .iter()
            .position(|w| w.eq_ignore_ascii_case(wanted))
            .map(|i| Self::ALL[i])
    }

    /// The accepted words joined for an error message: "a, b or c".
    fn expected() -> Phrase {
        join_alternatives(Self::WORDS)
    }
}

/// Words as "one of a, b or c" for error messages (the words are the format's own).
pub fn join_alternatives(words: &[&str]) -> Phrase {
    match words {
        [] => Phrase::new("expected.nothing"),
        [one] => Phrase::new("expected.word").with("word", one),
        [init @ .., last] => Phrase::new("expected.one_of")
            .with("list", init.join(", "))
            .with("last", last),
    }
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl Vocabulary for $name {
            const WORDS: &'static [&'static str] = &[$($word),+];
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn word(self) -> &'static str {
                match self { $(Self::$variant => $word),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.word())
            }
        }
    };
}

vocabulary! {
    /// Where an association stands in the cluster programme.
    ClusterStatus {
        /// A recognised cluster association.
        Cluster => "cluster",
        /// A pre-cluster, still building up to full recognition.
        Precluster => "precluster",
        /// A former association that merged or left the programme.
        Former => "former",
    }
}

vocabulary! {
    /// The historical territory where an association has its seat.
    Territory {
        /// Araba / Álava.
        Araba => "Araba",
        /// Bizkaia.
        Bizkaia => "Bizkaia",
        /// Gipuzkoa.
        Gipuzkoa => "Gipuzkoa",
    }
}

vocabulary! {
    /// The area of work an indicator belongs to, which decides the tab that shows it.
    Area {
        /// Cooperation activity: the pyramid of cooperation, internationalisation.
        Cooperation => "cooperation",
        /// Technological innovation goals.
        Technology => "technology",
        /// Business innovation progress.
        Business => "business",
        /// Profile of the association: members, turnover, employment.
        Profile => "profile",
        /// The programme's own instruments: the grant, the annual plan's execution, the
        /// semester outlook (format version 2).
        Programme => "programme",
    }
}

vocabulary! {
    /// The unit an indicator is measured in.
    Unit {
        /// A number of things (never negative).
        Count => "count",
        /// A percentage, 0 to 100 unless the catalogue widens it.
        Pct => "pct",
        /// Thousands of euros.
        EurK => "eur_k",
        /// Millions of euros.
        EurM => "eur_m",
        /// Hours.
        Hours => "hours",
        /// A score on a scale, 0 to 10 unless the catalogue widens it.
        Score => "score",
        /// An ordinal outlook: worse, same or better than before, held as -1, 0 and 1;
        /// several clusters combine as the balance, the mean (format version 2).
        Outlook => "outlook",
        /// A cluster-management excellence label (ESCA / EUCLES): none, bronze, silver or
        /// gold, held as 0 to 3 (format version 2).
        Label => "label",
    }
}

vocabulary! {
    /// A cluster-management label's level in words, as the values files write it.
    LabelWord {
        /// No label.
        None => "none",
        /// Bronze: a benchmarking of 36 indicators.
        Bronze => "bronze",
        /// Silver: a second bronze showing improvement.
        Silver => "silver",
        /// Gold: an on-site audit of 31 indicators.
        Gold => "gold",
    }
}

impl LabelWord {
    /// The value it stands for: 0 to 3.
    pub fn value(self) -> f64 {
        LabelWord::ALL.iter().position(|w| *w == self).unwrap_or(0) as f64
    }

    /// The word of a label value (0 to 3); `None` for any other value.
    pub fn of(value: f64) -> Option<Self> {
        LabelWord::ALL.iter().copied().find(|w| w.value() == value)
    }
}

impl Unit {
    /// The value a word stands for in an ordinal unit (`better` in an outlook, `gold` in a
    /// label), or the number itself when it is one of the unit's values; `None` for any
    /// other text, or a unit that is not ordinal.
    pub fn ordinal_value(self, text: &str, number: Option<f64>) -> Option<f64> {
        self.ordinal_word(text)
            .or_else(|| number.filter(|n| self.holds_ordinal(*n)))
    }

    /// The value of a word of an ordinal unit (`better`, `gold`), in any letter case.
    pub fn ordinal_word(self, text: &str) -> Option<f64> {
        match self {
            Unit::Outlook => OutlookWord::parse_word(text).map(OutlookWord::value),
            Unit::Label => LabelWord::parse_word(text).map(LabelWord::value),
            _ => None,
        }
    }

    /// Whether `value` is one of an ordinal unit's values (-1, 0, 1; 0 to 3).
    pub fn holds_ordinal(self, value: f64) -> bool {
        match self {
            Unit::Outlook => OutlookWord::of(value).is_some(),
            Unit::Label => LabelWord::of(value).is_some(),
            _ => false,
        }
    }

    /// Whether values are words from a closed list (outlooks, labels).
    pub fn is_ordinal(self) -> bool {
        matches!(self, Unit::Outlook | Unit::Label)
    }
}

vocabulary! {
    /// An outlook's value in words, as the values files may write it.
    OutlookWord {
        /// Worse than before (-1).
        Worse => "worse",
        /// The same (0).
        Same => "same",
        /// Better than before (1).
        Better => "better",
    }
}

impl OutlookWord {
    /// The value it stands for: -1, 0 or 1.
    pub fn value(self) -> f64 {
        match self {
            OutlookWord::Worse => -1.0,
            OutlookWord::Same => 0.0,
            OutlookWord::Better => 1.0,
        }
    }

    /// The word of an outlook value (-1, 0 or 1); `None` for any other value.
    pub fn of(value: f64) -> Option<Self> {
        OutlookWord::ALL
            .iter()
            .copied()
            .find(|w| w.value() == value)
    }
}

vocabulary! {
    /// What a programme indicator stands for, so that the Programme tab finds it without
    /// knowing its id (format version 2).
    Role {
        /// The Kluster grant awarded in the year (money).
        GrantAwarded => "grant_awarded",
        /// The part of the grant justified with receipts (money).
        GrantJustified => "grant_justified",
        /// The costs eligible for the grant (money).
        EligibleCost => "eligible_cost",
        /// The grant as a share of the eligible costs.
        CofundingRate => "cofunding_rate",
        /// International support granted, against its cap per association (money).
        InternationalSupport => "international_support",
        /// Actions of the annual plan planned, in cooperation.
        PlannedCooperation => "planned_cooperation",
        /// Actions of the annual plan done, in cooperation.
        DoneCooperation => "done_cooperation",
        /// Actions of the annual plan planned, in technology.
        PlannedTechnology => "planned_technology",
        /// Actions of the annual plan done, in technology.
        DoneTechnology => "done_technology",
        /// Actions of the annual plan planned, in business innovation.
        PlannedBusiness => "planned_business",
        /// Actions of the annual plan done, in business innovation.
        DoneBusiness => "done_business",
        /// The trend of the last semester, as the Observatorio de Coyuntura asks.
        OutlookLast => "outlook_last",
        /// The outlook for the next semester.
        OutlookNext => "outlook_next",
        /// The cluster's share of its sector's firms.
        SectorFirmsShare => "sector_firms_share",
        /// The cluster's share of its sector's jobs.
        SectorJobsShare => "sector_jobs_share",
        /// Small and medium-sized members at the indicator's level of the pyramid.
        Smes => "smes",
        /// The cluster-management label (ESCA / EUCLES) awarded, in the `label` unit.
        Label => "label",
        /// The label's score, %.
        LabelScore => "label_score",
    }
}

vocabulary! {
    /// Which way an indicator improves.
    Direction {
        /// More is better.
        Higher => "higher",
        /// Less is better.
        Lower => "lower",
        /// Neither: shown, never judged.
        Neutral => "neutral",
    }
}

vocabulary! {
    /// How the months or quarters of a year roll up into the year.
    TimeAgg {
        /// Add the parts (flows: projects launched, hours delivered).
        Sum => "sum",
        /// Average the parts (rates and shares).
        Mean => "mean",
        /// Take the latest part (stocks: members at year end).
        Last => "last",
    }
}

vocabulary! {
    /// How several clusters combine into one figure.
    ClusterAgg {
        /// Add the clusters' values.
        Sum => "sum",
        /// Average the clusters' values.
        Mean => "mean",
    }
}

vocabulary! {
    /// A cell that says yes or no.
    YesNo {
        /// Yes.
        Yes => "yes",
        /// No.
        No => "no",
    }
}

vocabulary! {
    /// The Basque Government plan an indicator reports to.
    Plan {
        /// Industrialisation plan.
        Industrialisation => "industrialisation",
        /// Internationalisation plan.
        Internationalisation => "internationalisation",
        /// Science, Technology and Innovation Plan (PCTI).
        Pcti => "pcti",
        /// Smart specialisation strategy (RIS3).
        Ris3 => "ris3",
    }
}

vocabulary! {
    /// How firm a reported value is.
    ValueStatus {
        /// Final, audited or reported figure.
        Actual => "actual",
        /// Reported but still open to revision.
        Provisional => "provisional",
        /// Estimated where no figure was reported.
        Estimate => "estimate",
        /// Made up to illustrate: no association publishes it (the generator's values).
        Illustrative => "illustrative",
    }
}

impl Unit {
    /// The range a value in this unit can take unless the catalogue says otherwise.
    pub fn default_range(self) -> (f64, f64) {
        match self {
            Unit::Pct => (0.0, 100.0),
            Unit::Score => (0.0, 10.0),
            Unit::Outlook => (-1.0, 1.0),
            Unit::Label => (0.0, 3.0),
            Unit::Count | Unit::EurK | Unit::EurM | Unit::Hours => (0.0, f64::INFINITY),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_parse_after_trimming_and_lower_casing() {
        assert_eq!(Area::parse_word(" Technology "), Some(Area::Technology));
        assert_eq!(Unit::parse_word("EUR_M"), Some(Unit::EurM));
        assert_eq!(Direction::parse_word("better"), None);
    }

    #[test]
    fn expected_lists_every_word() {
        let en = crate::i18n::Lang::En;
        assert_eq!(
            ValueStatus::expected().text(en),
            "one of actual, provisional, estimate or illustrative"
        );
        assert_eq!(ClusterAgg::expected().text(en), "one of sum or mean");
    }

    #[test]
    fn words_and_variants_line_up() {
        for (variant, word) in Unit::ALL.iter().zip(Unit::WORDS) {
            assert_eq!(variant.word(), *word);
        }
    }
}
