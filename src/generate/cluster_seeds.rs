//! The 21 cluster and pre-cluster associations of the shipped dataset (17 of them in the
//! programme in 2024), with the
//! anchors (members, turnover, jobs, export share, R&D intensity) that scale their
//! illustrative series. Facts and sources: `shared/reference/domain.md`, section 1;
//! `uncertain` names the fields that no source confirms.

use crate::data::format::vocabulary::{ClusterStatus, Territory};

/// One association and the anchors of its generated series.
#[derive(Debug, Clone, Copy)]
pub struct ClusterSeed {
    /// Cluster id.
    pub id: &'static str,
    /// Official or usual name.
    pub name: &'static str,
    /// Current status.
    pub status: ClusterStatus,
    /// Sector, free text.
    pub sector: &'static str,
    /// RIS3 area (a design choice, not a sourced fact).
    pub ris3_area: &'static str,
    /// Founding year, when a source gives one.
    pub founded: Option<i32>,
    /// Territory of the seat, when a source gives one.
    pub territory: Option<Territory>,
    /// First year in the programme, when limited.
    pub active_from: Option<i32>,
    /// Last year in the programme, when limited.
    pub active_to: Option<i32>,
    /// Members in 2015 (or in the first active year).
    pub members: f64,
    /// Yearly growth of members, as a fraction.
    pub members_growth: f64,
    /// A one-off jump in members (year, factor), such as a merger.
    pub members_jump: Option<(i32, f64)>,
    /// Members' aggregate turnover in 2015, € million.
    pub turnover_meur: f64,
    /// Members' employment in 2015.
    pub employment: f64,
    /// Members' exports as a share of turnover, %.
    pub export_share: f64,
    /// Members' R&D spend as a share of turnover, %.
    pub rd_intensity: f64,
    /// SMEs among member companies, %.
    pub sme_share: f64,
    /// Which fields are uncertain or estimated, for the dataset README.
    pub uncertain: &'static str,
}

const fn seed(
    id: &'static str,
    name: &'static str,
    status: ClusterStatus,
    sector: &'static str,
    ris3_area: &'static str,
) -> ClusterSeed {
    ClusterSeed {
        id,
        name,
        status,
        sector,
        ris3_area,
        founded: None,
        territory: None,
        active_from: None,
        active_to: None,
        members: 60.0,
        members_growth: 0.03,
        members_jump: None,
        turnover_meur: 500.0,
        employment: 3000.0,
        export_share: 40.0,
        rd_intensity: 2.5,
        sme_share: 70.0,
        uncertain: "",
    }
}

use ClusterStatus::{Cluster as C, Former as F};

/// The shipped registry, in the order of `domain.md`'s registry table.
#[rustfmt::skip]
pub const CLUSTER_SEEDS: &[ClusterSeed] = &[
    ClusterSeed { founded: Some(1993), territory: Some(Territory::Bizkaia), members: 140.0, members_growth: 0.06, turnover_meur: 13000.0, employment: 30000.0, export_share: 70.0, rd_intensity: 3.5, sme_share: 65.0, uncertain: "export share and R&D intensity estimated; turnover and jobs scaled from sector figures", ..seed("ACICAE", "Asociación Cluster de Automoción de Euskadi", C, "Automotive", "advanced_manufacturing") },
    ClusterSeed { founded: Some(1946), members: 300.0, members_growth: 0.04, turnover_meur: 1450.0, employment: 6800.0, export_share: 74.0, rd_intensity: 4.0, sme_share: 80.0, uncertain: "founded is the association's year; the year recognised as a cluster is not confirmed", ..seed("AFM", "AFM Advanced Manufacturing Technologies", C, "Advanced manufacturing and machine tools", "advanced_manufacturing") },
    ClusterSeed { founded: Some(1997), territory: Some(Territory::Bizkaia), members: 48.0, members_growth: 0.055, turnover_meur: 1935.0, employment: 12440.0, export_share: 63.0, rd_intensity: 6.7, sme_share: 77.0, uncertain: "", ..seed("HEGAN", "Asociación Cluster de Aeronáutica y Espacio del País Vasco (HEGAN)", C, "Aerospace", "advanced_manufacturing") },
    ClusterSeed { founded: Some(1983), territory: Some(Territory::Gipuzkoa), members: 225.0, members_growth: 0.02, members_jump: Some((2017, 1.22)), turnover_meur: 4300.0, employment: 16500.0, export_share: 35.0, rd_intensity: 3.8, sme_share: 82.0, uncertain: "export share estimated", ..seed("GAIA", "Asociación Clúster de Industrias de Conocimiento y Tecnología Aplicada de Euskadi (GAIA)", C, "Electronics, ICT and digital", "advanced_manufacturing") },
    ClusterSeed { founded: Some(1995), members: 94.0, members_growth: 0.045, turnover_meur: 1750.0, employment: 4600.0, export_share: 30.0, rd_intensity: 4.5, sme_share: 74.0, uncertain: "export share estimated", ..seed("ACLIMA", "Basque Environment Cluster (ACLIMA)", C, "Environment and circular economy", "ecoinnovation") },
    ClusterSeed { founded: Some(1996), territory: Some(Territory::Bizkaia), members: 160.0, members_growth: 0.03, turnover_meur: 12000.0, employment: 26000.0, export_share: 45.0, rd_intensity: 3.0, sme_share: 60.0, uncertain: "turnover and jobs scaled from 2009 sector figures", ..seed("ENERGY", "Basque Energy Cluster (Asociación Cluster de Energía)", C, "Energy", "energy") },
    ClusterSeed { founded: Some(1993), members: 140.0, members_growth: 0.015, turnover_meur: 2700.0, employment: 13500.0, export_share: 78.0, rd_intensity: 2.5, sme_share: 75.0, uncertain: "founded 1993, recognised as a cluster in 1999", ..seed("FMV", "Foro Marítimo Vasco (Basque Maritime Forum)", C, "Maritime industries", "advanced_manufacturing") },
    ClusterSeed { active_to: Some(2020), founded: Some(1994), territory: Some(Territory::Bizkaia), members: 128.0, members_growth: 0.014, turnover_meur: 1400.0, employment: 6000.0, export_share: 40.0, rd_intensity: 1.2, sme_share: 70.0, uncertain: "not among the 16 ODCs of the 2021 Observatorio; the year it left the programme is not published (2020 here is the latest consistent with that list); turnover, jobs, export share and R&D intensity estimated", ..seed("UNIPORT", "UniportBilbao", F, "Port and logistics", "sustainable_cities") },
    ClusterSeed { founded: Some(2005), members: 98.0, members_growth: 0.03, turnover_meur: 9500.0, employment: 20000.0, export_share: 28.0, rd_intensity: 3.3, sme_share: 60.0, uncertain: "founding year approximate (tenth anniversary in 2015); jobs estimated", ..seed("MLC", "Clúster de Movilidad y Logística de Euskadi (MLC ITS Euskadi)", C, "Mobility, logistics and ITS", "sustainable_cities") },
    ClusterSeed { active_to: Some(2020), founded: Some(2004), members: 50.0, members_growth: 0.02, turnover_meur: 300.0, employment: 2000.0, export_share: 20.0, rd_intensity: 3.0, sme_share: 90.0, uncertain: "not among the 16 ODCs of the 2021 Observatorio; the year it left the programme is not published (2020 here is the latest consistent with that list); status as a cluster unconfirmed; members, turnover and jobs estimated", ..seed("EIKEN", "Clúster Audiovisual y de Contenidos Digitales de Euskadi (EIKEN)", F, "Audiovisual and digital content", "creative") },
    ClusterSeed { founded: Some(1998), members: 33.0, members_growth: 0.005, turnover_meur: 1040.0, employment: 2300.0, export_share: 53.0, rd_intensity: 1.5, sme_share: 60.0, uncertain: "R&D intensity estimated", ..seed("PAPEL", "Asociación Clúster del Papel de Euskadi", C, "Pulp and paper", "advanced_manufacturing") },
    ClusterSeed { members: 100.0, members_growth: 0.01, turnover_meur: 5000.0, employment: 15000.0, export_share: 55.0, rd_intensity: 1.8, sme_share: 65.0, uncertain: "founding year unknown; members, turnover and jobs scaled from sector figures", ..seed("SIDEREX", "Siderex – Asociación Clúster de Siderurgia", C, "Steel", "advanced_manufacturing") },
    ClusterSeed { founded: Some(2009), members: 104.0, members_growth: 0.015, turnover_meur: 700.0, employment: 5000.0, export_share: 12.0, rd_intensity: 1.5, sme_share: 88.0, uncertain: "pre-cluster around 2014, listed as a cluster by 2021", ..seed("HABIC", "Basque Habitat Cluster (HABIC)", C, "Furniture, habitat and contract", "habitat") },
    ClusterSeed { founded: Some(2010), members: 60.0, members_growth: 0.09, turnover_meur: 1700.0, employment: 8800.0, export_share: 17.0, rd_intensity: 1.3, sme_share: 80.0, uncertain: "founding year approximate; pre-cluster around 2014; renamed Build:INN", ..seed("ERAIKUNE", "Clúster de la Construcción de Euskadi (Eraikune, now Build:INN)", C, "Construction", "habitat") },
    ClusterSeed { founded: Some(2009), members: 60.0, members_growth: 0.09, turnover_meur: 2500.0, employment: 9000.0, export_share: 25.0, rd_intensity: 1.2, sme_share: 78.0, uncertain: "turnover, jobs and export share estimated; pre-cluster around 2014", ..seed("BFC", "Basque Food Cluster (Clúster de Alimentación de Euskadi)", C, "Food value chain", "food") },
    ClusterSeed { founded: Some(2010), territory: Some(Territory::Bizkaia), members: 26.0, members_growth: 0.06, members_jump: Some((2017, 2.4)), turnover_meur: 1200.0, employment: 9000.0, export_share: 40.0, rd_intensity: 7.5, sme_share: 85.0, uncertain: "founding year: sources give 2010 (Deia 2024) and 2011 (SPRI 2017); pre-cluster around 2014", ..seed("BHC", "Basque Health Cluster", C, "Biosciences and health", "health") },
    ClusterSeed { active_to: Some(2020), members: 40.0, members_growth: 0.03, turnover_meur: 600.0, employment: 3500.0, export_share: 25.0, rd_intensity: 0.8, sme_share: 92.0, uncertain: "not among the 16 ODCs of the 2021 Observatorio; the year it left the programme is not published (2020 here is the latest consistent with that list); status, founding year, members, turnover and jobs unconfirmed or estimated", ..seed("BASKEGUR", "Asociación de la Madera de Euskadi (BASKEGUR)", F, "Forestry and wood", "ecoinnovation") },
    ClusterSeed { founded: Some(2004), territory: Some(Territory::Bizkaia), members: 70.0, members_growth: 0.03, turnover_meur: 2200.0, employment: 7200.0, export_share: 65.0, rd_intensity: 3.0, sme_share: 70.0, uncertain: "a Spain-wide association with its seat in Bilbao; its Basque member count is not published", ..seed("MAFEX", "Asociación Ferroviaria Española (MAFEX)", C, "Railway equipment", "advanced_manufacturing") },
    ClusterSeed { founded: Some(2016), active_from: Some(2016), members: 60.0, members_growth: 0.02, turnover_meur: 1800.0, employment: 9000.0, export_share: 60.0, rd_intensity: 1.5, sme_share: 75.0, uncertain: "founded is the year AFV became the foundry cluster; the grouped ODC (AFV, FUNDIGEX, SIFE) dates from 2019", ..seed("FUNDICION_FORJA", "Foundry and Forging Cluster (AFV, FUNDIGEX and SIFE)", C, "Foundry and forging", "advanced_manufacturing") },
    ClusterSeed { active_to: Some(2020), founded: Some(2010), members: 45.0, members_growth: 0.015, turnover_meur: 52.0, employment: 600.0, export_share: 15.0, rd_intensity: 4.0, sme_share: 95.0, uncertain: "not among the 16 ODCs of the 2021 Observatorio; the year it left the programme is not published (2020 here is the latest consistent with that list); founding year approximate; jobs estimated", ..seed("LANGUNE", "Asociación de Industrias de la Lengua del País Vasco (LANGUNE)", F, "Language industries", "creative") },
    ClusterSeed { founded: Some(2024), active_from: Some(2024), members: 55.0, members_growth: 0.15, turnover_meur: 3000.0, employment: 6000.0, export_share: 10.0, rd_intensity: 1.0, sme_share: 60.0, uncertain: "all figures estimated", ..seed("BASQUEFIK", "BasqueFIK (Clúster financiero e inversor vasco)", C, "Finance", "transversal") },
];
