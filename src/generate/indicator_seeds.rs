//! The indicator catalogue of the shipped dataset and how each indicator's
//! illustrative values are made. Names, units and ranges follow `domain.md`, section 5.2.

use crate::data::format::vocabulary::{Area, ClusterAgg, Direction, Plan, Role, TimeAgg, Unit};

/// One of the programme's instruments, made from the cluster's members and its
/// programme traits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgrammePart {
    /// The Kluster grant awarded, k€.
    GrantAwarded,
    /// The part of it justified, k€ (never more than awarded).
    GrantJustified,
    /// The eligible costs, k€.
    EligibleCost,
    /// The grant over the eligible costs, %.
    CofundingRate,
    /// International support granted, k€ (within the €180,000 cap).
    InternationalSupport,
    /// Actions of the annual plan planned in an area (0 cooperation, 1 technology,
    /// 2 business).
    Planned(u8),
    /// Actions of the plan done in an area (never more than planned).
    Done(u8),
    /// The cluster's share of its sector's firms, %.
    SectorFirms,
    /// Its share of the sector's jobs, %.
    SectorJobs,
}

/// How the values of an indicator are generated from a cluster's yearly profile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Model {
    /// Member organisations.
    Members,
    /// New members joining in the year.
    NewMembers,
    /// Members' aggregate turnover.
    Turnover,
    /// Members' employment.
    Employment,
    /// Members' exports as a share of turnover.
    ExportShare,
    /// R&D spend as a share of turnover.
    RdIntensity,
    /// R&D spend in € million.
    RdSpend,
    /// Year-on-year change in turnover, %.
    TurnoverGrowth,
    /// SMEs among members, %.
    SmeShare,
    /// Members taking part at a level of the pyramid of cooperation (1 to 4).
    PyramidMembers(u8),
    /// The SMEs among them.
    PyramidSmes(u8),
    /// A yearly count (or hours, or money) per 100 members, with a range and a dip in 2020.
    PerHundredMembers {
        /// Low and high of the yearly rate per 100 members.
        rate: (f64, f64),
        /// Multiplier applied in 2020.
        covid: f64,
    },
    /// One of the programme's instruments.
    Programme(ProgrammePart),
    /// Only the published figures: nothing is made up (a cluster-management label).
    PublishedOnly,
    /// The semester outlook (worse, same, better), by half-year: the trend of the last
    /// semester (`false`) or the outlook for the next (`true`).
    Outlook(bool),
    /// A share or score drifting slowly within a range.
    Level {
        /// Low and high of the starting level.
        start: (f64, f64),
        /// Drift per year.
        drift: f64,
    },
}

/// One indicator of the shipped catalogue and its generation model.
#[derive(Debug, Clone, Copy)]
pub struct IndicatorSeed {
    /// Indicator id.
    pub id: &'static str,
    /// Area of work.
    pub area: Area,
    /// Name shown to users.
    pub name: &'static str,
    /// Unit.
    pub unit: Unit,
    /// Which way is better.
    pub direction: Direction,
    /// Roll-up over the year.
    pub time_agg: TimeAgg,
    /// Roll-up over clusters.
    pub cluster_agg: ClusterAgg,
    /// Level of the pyramid of cooperation.
    pub pyramid_level: Option<u8>,
    /// Plan it reports to.
    pub plan: Option<Plan>,
    /// What is counted.
    pub description: &'static str,
    /// Lowest possible value, when it differs from the unit's.
    pub min: Option<f64>,
    /// Highest possible value, when it differs from the unit's.
    pub max: Option<f64>,
    /// Reported quarterly in the shipped dataset (flows of cooperation activity).
    pub quarterly: bool,
    /// Whether clusters set yearly targets for it.
    pub has_target: bool,
    /// A target that stays the same every year, instead of following the plan.
    pub fixed_target: Option<f64>,
    /// The indicator that weighs it when clusters combine (its base), for a mean.
    pub weight: Option<&'static str>,
    /// Whether a firm may count in several clusters, so a sum over them is an upper bound.
    pub double_counts: bool,
    /// What a programme indicator stands for.
    pub role: Option<Role>,
    /// How its values are made.
    pub model: Model,
}

const fn ind(
    id: &'static str,
    area: Area,
    name: &'static str,
    unit: Unit,
    model: Model,
) -> IndicatorSeed {
    IndicatorSeed {
        id,
        area,
        name,
        unit,
        direction: Direction::Higher,
        time_agg: TimeAgg::Sum,
        cluster_agg: ClusterAgg::Sum,
        pyramid_level: None,
        plan: None,
        description: "",
        min: None,
        max: None,
        quarterly: false,
        has_target: false,
        fixed_target: None,
        weight: None,
        double_counts: false,
        role: None,
        model,
    }
}

const fn per100(low: f64, high: f64) -> Model {
    Model::PerHundredMembers {
        rate: (low, high),
        covid: 0.85,
    }
}

use Area::{Business as B, Cooperation as CO, Profile as PR, Programme as PG, Technology as T};
use ClusterAgg::Mean as CMEAN;
use ProgrammePart as P;
use TimeAgg::{Last, Mean};
use Unit::{Count, EurK, EurM, Hours, Outlook, Pct, Score};

/// The shipped catalogue, in file order. Within each pyramid level the member count
/// comes first, as the pyramid chart uses the first indicator of each level.
#[rustfmt::skip]
pub const INDICATOR_SEEDS: &[IndicatorSeed] = &[
    IndicatorSeed { double_counts: true, time_agg: Last, description: "Member organisations at year end", ..ind("PROF_MEMBERS", PR, "Member organisations", Count, Model::Members) },
    IndicatorSeed { double_counts: true, description: "Organisations that joined during the year", ..ind("PROF_NEW_MEMBERS", PR, "New members", Count, Model::NewMembers) },
    IndicatorSeed { weight: Some("PROF_MEMBERS"), time_agg: Last, cluster_agg: CMEAN, has_target: true, fixed_target: Some(65.0), description: "Small and medium-sized enterprises among member companies", ..ind("PROF_SME_SHARE", PR, "SME share of members", Pct, Model::SmeShare) },
    IndicatorSeed { double_counts: true, time_agg: Last, description: "Aggregate turnover of member companies", ..ind("PROF_TURNOVER", PR, "Members' turnover", EurM, Model::Turnover) },
    IndicatorSeed { double_counts: true, time_agg: Last, description: "Jobs in member companies", ..ind("PROF_EMPLOYMENT", PR, "Members' employment", Count, Model::Employment) },
    IndicatorSeed { time_agg: Last, direction: Direction::Neutral, description: "Budget of the cluster organisation", ..ind("PROF_ODC_BUDGET", PR, "Cluster office budget", EurK, Model::PerHundredMembers { rate: (500.0, 900.0), covid: 1.0, }) },
    IndicatorSeed { weight: Some("PROF_ODC_BUDGET"), time_agg: Last, cluster_agg: CMEAN, direction: Direction::Lower, has_target: true, fixed_target: Some(50.0), description: "Public funding as a share of the cluster organisation's income", ..ind("PROF_PUBLIC_FUNDING_SHARE", PR, "Public share of income", Pct, Model::Level { start: (40.0, 68.0), drift: -0.8, }) },
    // Cooperation: the pyramid, base to top.
    IndicatorSeed { double_counts: true, time_agg: Last, pyramid_level: Some(1), has_target: true, description: "Members reached by information and awareness actions", ..ind("COOP_L1_MEMBERS", CO, "Members informed", Count, Model::PyramidMembers(1)) },
    IndicatorSeed { pyramid_level: Some(1), quarterly: true, has_target: true, description: "Newsletters, intelligence reports, conferences and open events", ..ind("COOP_INFO_ACTIONS", CO, "Information actions", Count, per100(40.0, 90.0)) },
    IndicatorSeed { double_counts: true, time_agg: Last, pyramid_level: Some(2), description: "Members active in working groups and committees", ..ind("COOP_L2_MEMBERS", CO, "Members in working groups", Count, Model::PyramidMembers(2)) },
    IndicatorSeed { time_agg: Last, pyramid_level: Some(2), has_target: true, description: "Working groups and committees that met in the year", ..ind("COOP_WORKING_GROUPS", CO, "Working groups", Count, per100(5.0, 12.0)) },
    IndicatorSeed { pyramid_level: Some(2), quarterly: true, description: "Training hours delivered to members", ..ind("COOP_TRAINING_HOURS", CO, "Training hours", Hours, per100(600.0, 1500.0)) },
    IndicatorSeed { double_counts: true, time_agg: Last, pyramid_level: Some(3), description: "Members taking part in the shared strategic agenda", ..ind("COOP_L3_MEMBERS", CO, "Members in the strategic agenda", Count, Model::PyramidMembers(3)) },
    IndicatorSeed { pyramid_level: Some(3), quarterly: true, has_target: true, description: "Cooperation project proposals submitted to calls", ..ind("COOP_PROPOSALS", CO, "Project proposals", Count, per100(18.0, 40.0)) },
    IndicatorSeed { double_counts: true, time_agg: Last, pyramid_level: Some(4), description: "Member firms in cooperation projects", ..ind("COOP_L4_MEMBERS", CO, "Members in cooperation projects", Count, Model::PyramidMembers(4)) },
    IndicatorSeed { pyramid_level: Some(4), quarterly: true, has_target: true, description: "Cooperation projects launched with at least three partners", ..ind("COOP_PROJECTS", CO, "Cooperation projects", Count, per100(12.0, 30.0)) },
    IndicatorSeed { pyramid_level: Some(4), quarterly: true, description: "Projects with other clusters (offshore, smart cities and more)", ..ind("COOP_INTERCLUSTER", CO, "Intercluster projects", Count, per100(1.0, 4.0)) },
    IndicatorSeed { plan: Some(Plan::Internationalisation), quarterly: true, has_target: true, description: "Trade missions and shared stands at international fairs", ..ind("INT_MISSIONS", CO, "Trade missions and fairs", Count, per100(4.0, 12.0)) },
    IndicatorSeed { time_agg: Last, plan: Some(Plan::Internationalisation), has_target: true, description: "EU-funded projects with the cluster organisation as partner", ..ind("INT_EU_PROJECTS", CO, "EU projects", Count, per100(2.0, 8.0)) },
    IndicatorSeed { plan: Some(Plan::Internationalisation), description: "Foreign firms or strategic industrial projects attracted", ..ind("INT_FDI_PROJECTS", CO, "Foreign investment projects", Count, per100(0.4, 1.6)) },
    IndicatorSeed { time_agg: Mean, cluster_agg: CMEAN, has_target: true, description: "Members' satisfaction with cluster services (User's Voice survey, 0 to 10)", ..ind("COOP_SATISFACTION", CO, "Member satisfaction", Score, Model::Level { start: (6.5, 8.2), drift: 0.05, }) },
    // Technological innovation goals.
    IndicatorSeed { weight: Some("PROF_TURNOVER"), time_agg: Last, cluster_agg: CMEAN, plan: Some(Plan::Pcti), has_target: true, description: "Members' R&D spend as a share of turnover", ..ind("TEC_RD_INTENSITY", T, "R&D intensity", Pct, Model::RdIntensity) },
    IndicatorSeed { double_counts: true, time_agg: Last, plan: Some(Plan::Pcti), has_target: true, description: "Members' R&D and innovation spend", ..ind("TEC_RD_SPEND", T, "R&D spend", EurM, Model::RdSpend) },
    IndicatorSeed { plan: Some(Plan::Pcti), has_target: true, description: "Cooperative R&D projects with agents of the Basque Science, Technology and Innovation Network", ..ind("TEC_RVCTI_PROJECTS", T, "Projects with the RVCTI", Count, per100(6.0, 18.0)) },
    IndicatorSeed { plan: Some(Plan::Pcti), has_target: true, description: "Public R&D funding brought to members through cluster projects", ..ind("TEC_FUNDING", T, "R&D funding captured", EurM, per100(0.8, 2.5)) },
    IndicatorSeed { time_agg: Mean, cluster_agg: CMEAN, plan: Some(Plan::Pcti), has_target: true, description: "Granted proposals as a share of those submitted", ..ind("TEC_SUCCESS_RATE", T, "Proposal success rate", Pct, Model::Level { start: (30.0, 58.0), drift: 0.6, }) },
    IndicatorSeed { plan: Some(Plan::Ris3), has_target: true, description: "Projects on enabling technologies: EICT, bio, nano, advanced materials", ..ind("TEC_KET_PROJECTS", T, "Enabling technology projects", Count, per100(2.0, 8.0)) },
    IndicatorSeed { plan: Some(Plan::Ris3), has_target: true, description: "Environmental and energy-sustainability projects", ..ind("TEC_SUSTAINABILITY", T, "Sustainability projects", Count, per100(2.0, 9.0)) },
    IndicatorSeed { plan: Some(Plan::Industrialisation), has_target: true, description: "Advanced manufacturing and Industry 4.0 projects", ..ind("TEC_ADV_MANUFACTURING", T, "Advanced manufacturing projects", Count, per100(2.0, 9.0)) },
    IndicatorSeed { time_agg: Mean, cluster_agg: CMEAN, plan: Some(Plan::Ris3), has_target: true, description: "Projects aligned with the RIS3 and PCTI priorities", ..ind("TEC_RIS3_ALIGNED", T, "Projects aligned with RIS3", Pct, Model::Level { start: (62.0, 88.0), drift: 1.0, }) },
    // Business innovation progress.
    IndicatorSeed { weight: Some("PROF_TURNOVER"), time_agg: Last, cluster_agg: CMEAN, plan: Some(Plan::Internationalisation), has_target: true, description: "Members' exports as a share of turnover", ..ind("BUS_EXPORT_SHARE", B, "Export share", Pct, Model::ExportShare) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, min: Some(-100.0), max: Some(1000.0), description: "Change in members' turnover from the year before", ..ind("BUS_TURNOVER_GROWTH", B, "Turnover growth", Pct, Model::TurnoverGrowth) },
    IndicatorSeed { has_target: true, description: "New business model and servitisation projects", ..ind("BUS_NEW_MODELS", B, "New business models", Count, per100(0.8, 4.0)) },
    IndicatorSeed { has_target: true, description: "Projects covering the chain from R&D to market", ..ind("BUS_RD_TO_MARKET", B, "R&D to market", Count, per100(0.6, 3.5)) },
    IndicatorSeed { has_target: true, description: "Intrapreneurship and start-up initiatives supported", ..ind("BUS_INTRAPRENEURSHIP", B, "Intrapreneurship", Count, per100(1.0, 6.0)) },
    IndicatorSeed { has_target: true, description: "Alliances, consortia and mergers among members", ..ind("BUS_GROWTH_MERGERS", B, "Company growth and mergers", Count, per100(0.4, 1.8)) },
    IndicatorSeed { has_target: true, description: "Firms in people-participation and management-innovation programmes", ..ind("BUS_PEOPLE_PARTICIPATION", B, "People participation", Count, per100(2.0, 10.0)) },
    IndicatorSeed { has_target: true, description: "Firms using specialised financial instruments", ..ind("BUS_FINANCIAL_TOOLS", B, "Financial tools", Count, per100(1.5, 8.0)) },
    IndicatorSeed { has_target: true, description: "Non-technological innovation projects using EICT tools", ..ind("BUS_NONTECH_INNOVATION", B, "Non-technological innovation", Count, per100(1.5, 6.0)) },
    // The programme's own instruments (format version 2), last so that the streams of
    // the indicators above, and so their values, stay as they were.
    IndicatorSeed { direction: Direction::Neutral, role: Some(Role::GrantAwarded), description: "Kluster grant awarded to the cluster organisation in the year", ..ind("PRG_GRANT_AWARDED", PG, "Kluster grant awarded", EurK, Model::Programme(P::GrantAwarded)) },
    IndicatorSeed { direction: Direction::Neutral, role: Some(Role::GrantJustified), description: "Part of the grant justified with receipts", ..ind("PRG_GRANT_JUSTIFIED", PG, "Grant justified", EurK, Model::Programme(P::GrantJustified)) },
    IndicatorSeed { direction: Direction::Neutral, role: Some(Role::EligibleCost), description: "Costs of the action plan eligible for the grant", ..ind("PRG_ELIGIBLE_COST", PG, "Eligible costs", EurK, Model::Programme(P::EligibleCost)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, weight: Some("PRG_ELIGIBLE_COST"), direction: Direction::Neutral, max: Some(50.0), role: Some(Role::CofundingRate), description: "Grant over eligible costs: up to 40%, 50% with Basque Trade & Investment", ..ind("PRG_COFUNDING_RATE", PG, "Co-funding rate", Pct, Model::Programme(P::CofundingRate)) },
    IndicatorSeed { direction: Direction::Neutral, max: Some(180.0), role: Some(Role::InternationalSupport), description: "International support granted, within the cap of 180,000 euros per association", ..ind("PRG_INTL_SUPPORT", PG, "International support", EurK, Model::Programme(P::InternationalSupport)) },
    IndicatorSeed { direction: Direction::Neutral, role: Some(Role::PlannedCooperation), description: "Cooperation actions in the annual plan", ..ind("PRG_PLANNED_COOP", PG, "Cooperation actions planned", Count, Model::Programme(P::Planned(0))) },
    IndicatorSeed { has_target: true, role: Some(Role::DoneCooperation), description: "Cooperation actions of the annual plan carried out", ..ind("PRG_DONE_COOP", PG, "Cooperation actions done", Count, Model::Programme(P::Done(0))) },
    IndicatorSeed { direction: Direction::Neutral, role: Some(Role::PlannedTechnology), description: "Technology actions in the annual plan", ..ind("PRG_PLANNED_TECH", PG, "Technology actions planned", Count, Model::Programme(P::Planned(1))) },
    IndicatorSeed { has_target: true, role: Some(Role::DoneTechnology), description: "Technology actions of the annual plan carried out", ..ind("PRG_DONE_TECH", PG, "Technology actions done", Count, Model::Programme(P::Done(1))) },
    IndicatorSeed { direction: Direction::Neutral, role: Some(Role::PlannedBusiness), description: "Business innovation actions in the annual plan", ..ind("PRG_PLANNED_BUS", PG, "Business actions planned", Count, Model::Programme(P::Planned(2))) },
    IndicatorSeed { has_target: true, role: Some(Role::DoneBusiness), description: "Business innovation actions of the annual plan carried out", ..ind("PRG_DONE_BUS", PG, "Business actions done", Count, Model::Programme(P::Done(2))) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookLast), description: "Order book over the last six months (Observatorio de Coyuntura Industrial)", ..ind("OUT_ORDERS_LAST", PG, "Order book, last semester", Outlook, Model::Outlook(false)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookNext), description: "Order book expected over the next six months", ..ind("OUT_ORDERS_NEXT", PG, "Order book, next semester", Outlook, Model::Outlook(true)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookLast), description: "Turnover over the last six months", ..ind("OUT_TURNOVER_LAST", PG, "Turnover, last semester", Outlook, Model::Outlook(false)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookNext), description: "Turnover expected over the next six months", ..ind("OUT_TURNOVER_NEXT", PG, "Turnover, next semester", Outlook, Model::Outlook(true)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookLast), description: "Exports over the last six months", ..ind("OUT_EXPORTS_LAST", PG, "Exports, last semester", Outlook, Model::Outlook(false)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookNext), description: "Exports expected over the next six months", ..ind("OUT_EXPORTS_NEXT", PG, "Exports, next semester", Outlook, Model::Outlook(true)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookLast), description: "Jobs over the last six months", ..ind("OUT_JOBS_LAST", PG, "Jobs, last semester", Outlook, Model::Outlook(false)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookNext), description: "Jobs expected over the next six months", ..ind("OUT_JOBS_NEXT", PG, "Jobs, next semester", Outlook, Model::Outlook(true)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookLast), description: "R&D+i investment over the last six months", ..ind("OUT_RD_LAST", PG, "R&D+i, last semester", Outlook, Model::Outlook(false)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, role: Some(Role::OutlookNext), description: "R&D+i investment expected over the next six months", ..ind("OUT_RD_NEXT", PG, "R&D+i, next semester", Outlook, Model::Outlook(true)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, direction: Direction::Neutral, role: Some(Role::SectorFirmsShare), description: "Member firms as a share of the sector's firms in the Basque Country", ..ind("PRG_SECTOR_FIRMS", PG, "Share of the sector's firms", Pct, Model::Programme(P::SectorFirms)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, direction: Direction::Neutral, role: Some(Role::SectorJobsShare), description: "Jobs in member firms as a share of the sector's jobs", ..ind("PRG_SECTOR_JOBS", PG, "Share of the sector's jobs", Pct, Model::Programme(P::SectorJobs)) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, direction: Direction::Neutral, role: Some(Role::Label), description: "ESCA / EUCLES cluster-management excellence label awarded in the year: none, bronze, silver or gold", ..ind("PRG_LABEL", PG, "Cluster-management label", Unit::Label, Model::PublishedOnly) },
    IndicatorSeed { time_agg: Last, cluster_agg: CMEAN, direction: Direction::Neutral, role: Some(Role::LabelScore), description: "The label's score in its benchmarking or audit", ..ind("PRG_LABEL_SCORE", PG, "Label score", Pct, Model::PublishedOnly) },
    IndicatorSeed { time_agg: Last, pyramid_level: Some(1), double_counts: true, role: Some(Role::Smes), description: "Small and medium-sized members at this level of the pyramid", ..ind("COOP_L1_SMES", CO, "SMEs informed", Count, Model::PyramidSmes(1)) },
    IndicatorSeed { time_agg: Last, pyramid_level: Some(2), double_counts: true, role: Some(Role::Smes), description: "Small and medium-sized members at this level of the pyramid", ..ind("COOP_L2_SMES", CO, "SMEs in working groups", Count, Model::PyramidSmes(2)) },
    IndicatorSeed { time_agg: Last, pyramid_level: Some(3), double_counts: true, role: Some(Role::Smes), description: "Small and medium-sized members at this level of the pyramid", ..ind("COOP_L3_SMES", CO, "SMEs in the strategic agenda", Count, Model::PyramidSmes(3)) },
    IndicatorSeed { time_agg: Last, pyramid_level: Some(4), double_counts: true, role: Some(Role::Smes), description: "Small and medium-sized members at this level of the pyramid", ..ind("COOP_L4_SMES", CO, "SMEs in cooperation projects", Count, Model::PyramidSmes(4)) },
];
