//! How the chosen clusters' values of one indicator in one year became one figure, so
//! that a screen can say what the figure is: a sum, an upper bound, a weighted or a
//! plain mean.

/// How several clusters' values were combined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Combination {
    /// Added up.
    #[default]
    Sum,
    /// Added up where a firm may belong to several clusters and count in each: an
    /// upper bound (members, jobs, turnover).
    UpperBound,
    /// A mean weighted by the base the catalogue names (R&D intensity by turnover).
    WeightedMean,
    /// A plain mean of the clusters' values: the catalogue names no base.
    Mean,
    /// A plain mean because a cluster lacked the base in that year, so no weighted
    /// mean could be made.
    MeanLackingBase,
}

impl Combination {
    /// Whether the figure is a plain mean, which a screen should say.
    pub fn is_plain_mean(self) -> bool {
        matches!(self, Combination::Mean | Combination::MeanLackingBase)
    }
}

/// A weighted mean in the making: Σ value × weight and Σ weight, and whether a value
/// came without a weight.
#[derive(Debug, Clone, Copy, Default)]
pub struct WeightedMean {
    weighted_sum: f64,
    weights: f64,
    sum: f64,
    count: u32,
    lacking_base: bool,
}

impl WeightedMean {
    /// Takes one cluster's value and its weight (its base that year), if it has one.
    pub fn add(&mut self, value: f64, weight: Option<f64>) {
        self.sum += value;
        self.count += 1;
        match weight {
            Some(w) if w > 0.0 && w.is_finite() => {
                self.weighted_sum += value * w;
                self.weights += w;
            }
            _ => self.lacking_base = true,
        }
    }

    /// The weighted mean, or the plain mean when any value came without a weight;
    /// `None` when no value came.
    pub fn finish(self) -> Option<(f64, Combination)> {
        if self.count == 0 {
            return None;
        }
        if self.lacking_base || self.weights <= 0.0 {
            return Some((
                self.sum / f64::from(self.count),
                Combination::MeanLackingBase,
            ));
        }
        Some((self.weighted_sum / self.weights, Combination::WeightedMean))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weighted_mean_weighs_by_the_base_and_falls_back_to_a_plain_mean_without_one() {
        let mut mean = WeightedMean::default();
        mean.add(6.0, Some(3000.0));
        mean.add(2.0, Some(1000.0));
        assert_eq!(mean.finish(), Some((5.0, Combination::WeightedMean)));
        let mut lacking = WeightedMean::default();
        lacking.add(6.0, Some(3000.0));
        lacking.add(2.0, None);
        assert_eq!(lacking.finish(), Some((4.0, Combination::MeanLackingBase)));
        assert_eq!(WeightedMean::default().finish(), None);
    }
}
