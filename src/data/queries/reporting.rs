//! Whether each cluster has reported: per area, the last period with a value, how many
//! values the year has and how many of them are estimates or illustrative, and when its
//! values files last changed.

use std::time::SystemTime;

use crate::data::format::period::Period;
use crate::data::format::vocabulary::{Area, ValueStatus, Vocabulary};
use crate::data::loading::dataset::Dataset;
use crate::data::values::columns::status_code;

/// One area of one cluster's reporting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaReporting {
    /// The area.
    pub area: Area,
    /// The last period with a value in the area, of any year.
    pub last_period: Option<Period>,
    /// How many values the area has in the year.
    pub values_in_year: usize,
    /// How many of those are estimates.
    pub estimates_in_year: usize,
    /// How many of those are illustrative.
    pub illustrative_in_year: usize,
}

/// One cluster's reporting in a year.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterReporting {
    /// The cluster id.
    pub cluster_id: String,
    /// Each area, in [`Area::ALL`] order.
    pub areas: Vec<AreaReporting>,
    /// When its values files last changed on disk; `None` in memory or unreadable.
    pub file_changed: Option<SystemTime>,
}

impl Dataset {
    /// How `cluster_id` has reported, as of `year`.
    pub fn reporting(&self, cluster_id: &str, year: i32) -> ClusterReporting {
        let mut areas: Vec<AreaReporting> = Area::ALL
            .iter()
            .map(|&area| AreaReporting {
                area,
                last_period: None,
                values_in_year: 0,
                estimates_in_year: 0,
                illustrative_in_year: 0,
            })
            .collect();
        let mut last: Vec<Option<u16>> = vec![None; areas.len()];
        let mut file_changed: Option<SystemTime> = None;
        let (estimate, illustrative) = (
            status_code(ValueStatus::Estimate),
            status_code(ValueStatus::Illustrative),
        );
        let Some(cluster) = self.cluster_code(cluster_id) else {
            return ClusterReporting {
                cluster_id: cluster_id.to_string(),
                areas,
                file_changed,
            };
        };
        for file in self.values.files() {
            let c = &file.columns;
            let mut holds = false;
            for row in (0..c.len()).filter(|&r| c.cluster[r] == cluster) {
                holds = true;
                let Some(indicator) = self.catalogue.indicators.get(usize::from(c.indicator[row]))
                else {
                    continue;
                };
                let at = Area::ALL
                    .iter()
                    .position(|a| *a == indicator.area)
                    .unwrap_or(0);
                let packed = c.period[row];
                last[at] = Some(last[at].map_or(packed, |l| l.max(packed)));
                if Period::packed_year(packed) == year {
                    let area = &mut areas[at];
                    area.values_in_year += 1;
                    area.estimates_in_year += usize::from(c.status[row] == estimate);
                    area.illustrative_in_year += usize::from(c.status[row] == illustrative);
                }
            }
            if holds && !self.in_memory {
                let modified = std::fs::metadata(&file.shown)
                    .and_then(|m| m.modified())
                    .ok();
                file_changed = file_changed.max(modified);
            }
        }
        for (area, last) in areas.iter_mut().zip(last) {
            area.last_period = last.map(Period::unpack);
        }
        ClusterReporting {
            cluster_id: cluster_id.to_string(),
            areas,
            file_changed,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::data::csv::source::DatasetSource;
    use crate::data::format::period::Period;
    use crate::data::format::vocabulary::Area;
    use crate::data::loading::reloader::load_dataset;

    #[test]
    fn a_cluster_that_left_has_not_reported_since_and_an_active_one_has() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        let dataset = load_dataset(&DatasetSource::Folder(root));
        let hegan = dataset.reporting("HEGAN", 2024);
        let cooperation = hegan
            .areas
            .iter()
            .find(|a| a.area == Area::Cooperation)
            .unwrap();
        assert_eq!(cooperation.last_period, Some(Period::quarter(2025, 4)));
        assert!(cooperation.values_in_year > 0);
        assert_eq!(cooperation.illustrative_in_year, cooperation.values_in_year);
        let profile = hegan
            .areas
            .iter()
            .find(|a| a.area == Area::Profile)
            .unwrap();
        assert!(
            profile.illustrative_in_year < profile.values_in_year,
            "published figures"
        );
        assert!(hegan.file_changed.is_some());
        let uniport = dataset.reporting("UNIPORT", 2024);
        assert!(uniport.areas.iter().all(|a| a.values_in_year == 0));
        assert!(
            uniport
                .areas
                .iter()
                .all(|a| a.last_period.is_none_or(|p| p.year == 2020))
        );
    }
}
