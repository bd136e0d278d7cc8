//! The figures the associations published, exactly as published, with their sources
//! (`shared/reference/domain.md`, sections 1.2 and 7.2). They are the shipped dataset's
//! real layer: each goes into the values as `actual` (or `estimate` where the source
//! only gives a bound, "more than 2,995"), and the generated series around them are
//! drawn to pass through them. The generator also writes them as
//! `sources/figures.csv`, the table a test checks every `actual` value against.

/// How a source gives a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// The figure itself: an `actual` value.
    Exact,
    /// Only a lower bound ("more than 2,995"): an `estimate`.
    AtLeast,
    /// Implied, not stated (a label lapsed at its published end of validity): an
    /// `estimate`.
    Derived,
}

impl Published {
    /// The word `sources/figures.csv` writes for it.
    pub fn word(self) -> &'static str {
        match self {
            Published::Exact => "exact",
            Published::AtLeast => "more than",
            Published::Derived => "derived",
        }
    }
}

/// One published figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SourcedFigure {
    /// The cluster id.
    pub cluster: &'static str,
    /// The indicator id.
    pub indicator: &'static str,
    /// The year it describes.
    pub year: i32,
    /// The value, in the indicator's unit.
    pub value: f64,
    /// How the source gives it: the figure itself, a bound, or only by implication.
    pub published: Published,
    /// What the figure covers, when not the members in the Basque Country.
    pub scope: &'static str,
    /// Where it was published: a URL, or a publication and date.
    pub source: &'static str,
}

const fn fig(
    cluster: &'static str,
    indicator: &'static str,
    year: i32,
    value: f64,
    source: &'static str,
) -> SourcedFigure {
    SourcedFigure {
        cluster,
        indicator,
        year,
        value,
        published: Published::Exact,
        scope: "",
        source,
    }
}

const fn scoped(figure: SourcedFigure, scope: &'static str) -> SourcedFigure {
    SourcedFigure { scope, ..figure }
}

const fn at_least(figure: SourcedFigure) -> SourcedFigure {
    SourcedFigure {
        published: Published::AtLeast,
        ..figure
    }
}

/// A figure the source implies without stating it (an `estimate`), such as a label's
/// lapse from its published end of validity.
const fn derived(figure: SourcedFigure) -> SourcedFigure {
    SourcedFigure {
        published: Published::Derived,
        ..figure
    }
}

const HEGAN_2015: &str = "https://www.airframer.com/news_story.html?release=33909";
const HEGAN_2023: &str = "https://www.diarioelcanal.com/industria-aeroespacial-vasca-recupera/";
const HEGAN_2024: &str = "estrategia.net, HEGAN's 2024 results (domain.md 7.2)";
const ACICAE_2024: &str =
    "enpresabidea.eus, the Basque automotive industry in 2024 (domain.md 7.2)";
const ACICAE_2025: &str = "https://www.spri.eus/es/tecnologia-comunicacion/el-consejero-mikel-jauregi-visita-acicae-el-cluster-de-automocion-de-euskadi";
const GAIA_2024: &str =
    "spri.eus, kluster-politika: the Basque technology sector in 2024 (domain.md 7.2)";
const ACLIMA_2016: &str = "https://www.naiz.eus/es/hemeroteca/gara/editions/2017-03-22/hemeroteca_articles/el-cluster-de-industrias-de-medio-ambiente-facturo-1-818-millones-en-2016";
const ACLIMA_2022: &str =
    "https://www.residuosprofesional.com/aclima-facturacion-doble-digito-2022/";
const ACLIMA_2023: &str =
    "https://residuosprofesional.com/empresas-aclima-aumentan-facturacion-2023";
const ACLIMA_2024: &str =
    "https://residuosprofesional.com/aclima-30-anos-sostenibilidad-desarrollo-industrial-euskadi";
const ENERGY_2024: &str = "cronicavasca.elespanol.com, 2024-10-06";
const ENERGY_2019: &str = "https://www.eleconomista.es/comunidades_autonomas/noticias/9714113/02/19/Jose-Ignacio-Hormaeche-Ser-competitivos-garantiza-que-las-grandes-empresas-apuesten-por-Euskadi.html";
const FMV_2022: &str = "https://interempresas.net/construccion-naval/Articulos/482560-El-Foro-Maritimo-Vasco-celebra-su-XXVI-Asamblea-General.html";
const FMV_2023: &str = "ultimahora.es, 2024-08-10";
const MLC_2015: &str =
    "https://mlcluster.com/eu/x-aniversario-del-cluster-de-movilidad-y-logistica-de-euskadi";
const MLC_2022: &str =
    "https://www.diarioelcanal.com/cluster-movilidad-logistica-euskadi-presidente/";
const MLC_2023: &str = "https://www.europapress.es/euskadi/noticia-cluster-movilidad-logistica-euskadi-factura-12500-millones-euros-incorpora-ocho-nuevos-socios-20240417170159.html";
const MLC_2024: &str = "https://www.enpresabidea.eus/ekonomia/euskadiko-mugikortasun-logistika-klusterrak-14-milioi-euro-fakturatu-iaz_2213825_102.html";
const PAPEL_2016: &str = "https://estrategia.net/noticias/las-33-empresas-socias-del-cluster-del-papel-facturaron-1-041-millones-en-2016";
const PAPEL_2018: &str = "https://www.noticiasdegipuzkoa.eus/economia/2019/06/21/cluster-vasco-papel-cierra-resultado-3838251.html";
const PAPEL_2022: &str =
    "estrategia.net, the paper cluster's 25th anniversary, 2023 (domain.md 7.2)";
const PAPEL_2023: &str = "estrategia.net, the paper cluster's 2023 results (domain.md 7.2)";
const BHC_2022: &str = "deia.eus, 2023-06-23";
const ERAIKUNE_2017: &str =
    "https://estrategia.net/noticias/eraikune-alcanza-el-45-de-representacion-del-sector-vasco";
const ERAIKUNE_2024: &str = "https://www.dparquitectura.es/noticias/20250620/asamblea-build-inn-construccion-sostenible-industrializada";
const AFM_2022: &str = "https://ondavasca.com/el-sector-de-maquina-herramienta-cierra-2022-con-una-facturacion-de-1-72383-millones-un-97-mas";
const AFM_2024: &str = "estrategia.net, the Spanish machine-tool sector in 2024 (domain.md 7.2)";
const BASQUEFIK_2024: &str = "noticiasdealava.eus, 2024-09-07";

const WORLDWIDE: &str = "members' plants worldwide";
const AUTOMOTIVE_SECTOR: &str = "the Basque automotive sector, without Mercedes-Benz Vitoria";
const ENERGY_SECTOR: &str = "the Basque energy sector";
const ENERGY_SECTOR_FIRMS: &str =
    "171 members of the 380 firms and entities of the Basque energy sector";
const ENERGY_SECTOR_JOBS: &str = "members' jobs (and turnover) in the Basque energy sector";
const CONSTRUCTION_JOBS: &str = "the 74 members' 9,000 jobs, of the Basque construction sector's workers; members hold 45% of the sector's business";
const ENERGY_GOLD: &str = "https://impr-0001-1265-news-overview.eccp.hosted-temp.com/community-news/basque-energy-cluster-given-european-gold-label-top-management-excellence-award";
const ACLIMA_BRONZE: &str = "http://cluster-analysis.org/benchmarked-clusters/?country=cfd9dc5b-2dd5-490a-baae-c3cb31eaa7d4";
const MACHINE_TOOL_SECTOR: &str = "the Spanish machine-tool sector (AFM)";

/// Every published figure in the shipped dataset, by cluster and year.
#[rustfmt::skip]
pub const SOURCED_FIGURES: &[SourcedFigure] = &[
    fig("HEGAN", "PROF_MEMBERS", 2015, 48.0, HEGAN_2015),
    scoped(fig("HEGAN", "PROF_TURNOVER", 2015, 1935.0, HEGAN_2015), WORLDWIDE),
    scoped(fig("HEGAN", "PROF_EMPLOYMENT", 2015, 12440.0, HEGAN_2015), WORLDWIDE),
    fig("HEGAN", "PROF_MEMBERS", 2023, 76.0, HEGAN_2023),
    scoped(fig("HEGAN", "PROF_TURNOVER", 2023, 2882.0, HEGAN_2023), WORLDWIDE),
    scoped(fig("HEGAN", "PROF_EMPLOYMENT", 2023, 15396.0, HEGAN_2023), "members' plants worldwide; 5,500 in the Basque Country"),
    fig("HEGAN", "BUS_EXPORT_SHARE", 2023, 77.0, HEGAN_2023),
    fig("HEGAN", "TEC_RD_SPEND", 2023, 195.0, HEGAN_2023),
    fig("HEGAN", "PROF_MEMBERS", 2024, 77.0, HEGAN_2024),
    fig("HEGAN", "PROF_TURNOVER", 2024, 3459.0, HEGAN_2024),
    scoped(fig("ACICAE", "PROF_TURNOVER", 2024, 25349.0, ACICAE_2024), AUTOMOTIVE_SECTOR),
    scoped(fig("ACICAE", "PROF_EMPLOYMENT", 2024, 38700.0, ACICAE_2024), "the sector's jobs in the Basque Country (140,000 worldwide)"),
    scoped(fig("ACICAE", "BUS_EXPORT_SHARE", 2024, 90.0, ACICAE_2024), AUTOMOTIVE_SECTOR),
    fig("ACICAE", "PROF_MEMBERS", 2025, 300.0, ACICAE_2025),
    fig("GAIA", "PROF_MEMBERS", 2024, 305.0, GAIA_2024),
    fig("GAIA", "PROF_TURNOVER", 2024, 7020.0, GAIA_2024),
    fig("GAIA", "PROF_EMPLOYMENT", 2024, 26280.0, GAIA_2024),
    fig("GAIA", "TEC_RD_SPEND", 2024, 202.0, GAIA_2024),
    fig("ACLIMA", "PROF_TURNOVER", 2016, 1818.0, ACLIMA_2016),
    fig("ACLIMA", "PROF_MEMBERS", 2022, 124.0, ACLIMA_2022),
    fig("ACLIMA", "PROF_TURNOVER", 2022, 2412.0, ACLIMA_2022),
    fig("ACLIMA", "PROF_EMPLOYMENT", 2022, 5952.0, ACLIMA_2022),
    fig("ACLIMA", "PROF_MEMBERS", 2023, 133.0, ACLIMA_2023),
    fig("ACLIMA", "PROF_TURNOVER", 2023, 2774.0, ACLIMA_2023),
    fig("ACLIMA", "PROF_EMPLOYMENT", 2023, 6368.0, ACLIMA_2023),
    fig("ACLIMA", "PROF_MEMBERS", 2024, 139.0, ACLIMA_2024),
    at_least(fig("ACLIMA", "PROF_TURNOVER", 2024, 2995.0, ACLIMA_2024)),
    at_least(fig("ACLIMA", "PROF_EMPLOYMENT", 2024, 7000.0, ACLIMA_2024)),
    fig("ENERGY", "PROF_MEMBERS", 2024, 210.0, ENERGY_2024),
    // The ESCA Gold label of 2017, the first of a Basque cluster, with its audit score.
    fig("ENERGY", "PRG_LABEL", 2017, 3.0, ENERGY_GOLD),
    fig("ENERGY", "PRG_LABEL_SCORE", 2017, 84.0, ENERGY_GOLD),
    // "171 asociados que representan el 50% del sector en cuanto a empresas, pero en
    // empleo y facturación son el 80%" (February 2019).
    scoped(fig("ENERGY", "PRG_SECTOR_FIRMS", 2019, 50.0, ENERGY_2019), ENERGY_SECTOR_FIRMS),
    scoped(fig("ENERGY", "PRG_SECTOR_JOBS", 2019, 80.0, ENERGY_2019), ENERGY_SECTOR_JOBS),
    // ACLIMA's ESCA Bronze label, valid to 30 April 2015.
    scoped(fig("ACLIMA", "PRG_LABEL", 2015, 1.0, ACLIMA_BRONZE), "bronze valid to 2015-04-30"),
    // ... so none from 2016: the label lapsed and no renewal is on record.
    derived(scoped(fig("ACLIMA", "PRG_LABEL", 2016, 0.0, ACLIMA_BRONZE), "none: the bronze label ran to 2015-04-30, no renewal on record")),
    at_least(scoped(fig("ENERGY", "PROF_TURNOVER", 2024, 15000.0, ENERGY_2024), ENERGY_SECTOR)),
    scoped(fig("ENERGY", "PROF_EMPLOYMENT", 2024, 26000.0, ENERGY_2024), ENERGY_SECTOR),
    fig("FMV", "PROF_TURNOVER", 2022, 3300.0, FMV_2022),
    fig("FMV", "PROF_EMPLOYMENT", 2022, 13700.0, FMV_2022),
    fig("FMV", "BUS_EXPORT_SHARE", 2022, 75.0, FMV_2022),
    fig("FMV", "PROF_TURNOVER", 2023, 3300.0, FMV_2023),
    fig("FMV", "PROF_EMPLOYMENT", 2023, 14000.0, FMV_2023),
    fig("MLC", "PROF_MEMBERS", 2015, 98.0, MLC_2015),
    fig("MLC", "PROF_MEMBERS", 2022, 111.0, MLC_2022),
    fig("MLC", "PROF_TURNOVER", 2022, 11468.0, MLC_2022),
    fig("MLC", "BUS_EXPORT_SHARE", 2022, 28.4, MLC_2022),
    fig("MLC", "TEC_RD_INTENSITY", 2022, 3.5, MLC_2022),
    fig("MLC", "PROF_TURNOVER", 2023, 12500.0, MLC_2023),
    fig("MLC", "BUS_EXPORT_SHARE", 2023, 27.9, MLC_2023),
    fig("MLC", "TEC_RD_INTENSITY", 2023, 3.3, MLC_2023),
    fig("MLC", "TEC_FUNDING", 2023, 3.5, MLC_2023),
    fig("MLC", "PROF_TURNOVER", 2024, 14000.0, MLC_2024),
    fig("MLC", "BUS_EXPORT_SHARE", 2024, 29.6, MLC_2024),
    fig("MLC", "TEC_RD_INTENSITY", 2024, 3.0, MLC_2024),
    fig("PAPEL", "PROF_MEMBERS", 2016, 33.0, PAPEL_2016),
    fig("PAPEL", "PROF_TURNOVER", 2016, 1041.0, PAPEL_2016),
    fig("PAPEL", "BUS_EXPORT_SHARE", 2016, 53.0, PAPEL_2016),
    fig("PAPEL", "PROF_MEMBERS", 2018, 34.0, PAPEL_2018),
    fig("PAPEL", "PROF_TURNOVER", 2018, 1182.0, PAPEL_2018),
    fig("PAPEL", "PROF_EMPLOYMENT", 2018, 2338.0, PAPEL_2018),
    fig("PAPEL", "PROF_MEMBERS", 2022, 41.0, PAPEL_2022),
    fig("PAPEL", "PROF_TURNOVER", 2022, 1795.0, PAPEL_2022),
    fig("PAPEL", "PROF_EMPLOYMENT", 2022, 3115.0, PAPEL_2022),
    fig("PAPEL", "BUS_EXPORT_SHARE", 2022, 48.0, PAPEL_2022),
    fig("PAPEL", "PROF_TURNOVER", 2023, 1554.0, PAPEL_2023),
    fig("BHC", "PROF_MEMBERS", 2022, 115.0, BHC_2022),
    fig("BHC", "PROF_TURNOVER", 2022, 2400.0, BHC_2022),
    at_least(fig("BHC", "PROF_EMPLOYMENT", 2022, 10000.0, BHC_2022)),
    fig("BHC", "BUS_EXPORT_SHARE", 2022, 24.0, BHC_2022),
    at_least(fig("BHC", "TEC_RD_SPEND", 2022, 150.0, BHC_2022)),
    fig("ERAIKUNE", "PROF_MEMBERS", 2017, 74.0, ERAIKUNE_2017),
    fig("ERAIKUNE", "PROF_TURNOVER", 2017, 1800.0, ERAIKUNE_2017),
    fig("ERAIKUNE", "PROF_EMPLOYMENT", 2017, 9000.0, ERAIKUNE_2017),
    fig("ERAIKUNE", "TEC_RD_SPEND", 2017, 22.7, ERAIKUNE_2017),
    // "9.000 profesionales ... el 15,5% del total de trabajadores del sector vasco de la
    // construcción". The 45% of the headline is the sector's business, not its firms.
    scoped(fig("ERAIKUNE", "PRG_SECTOR_JOBS", 2017, 15.5, ERAIKUNE_2017), CONSTRUCTION_JOBS),
    fig("ERAIKUNE", "PROF_MEMBERS", 2024, 160.0, ERAIKUNE_2024),
    scoped(fig("AFM", "PROF_TURNOVER", 2022, 1723.8, AFM_2022), MACHINE_TOOL_SECTOR),
    scoped(fig("AFM", "PROF_EMPLOYMENT", 2022, 7529.0, AFM_2022), MACHINE_TOOL_SECTOR),
    scoped(fig("AFM", "PROF_TURNOVER", 2024, 2323.5, AFM_2024), MACHINE_TOOL_SECTOR),
    fig("BASQUEFIK", "PROF_MEMBERS", 2024, 55.0, BASQUEFIK_2024),
];

impl SourcedFigure {
    /// The note its value row carries: the scope, and "published as more than" for a bound.
    pub fn note(&self) -> String {
        match (self.published, self.scope) {
            (Published::AtLeast, "") => "published as \"more than\"".to_string(),
            (Published::AtLeast, scope) => format!("{scope}; published as \"more than\""),
            (_, scope) => scope.to_string(),
        }
    }
}

/// The first published figure of a cluster on an indicator, whatever its year: the level a
/// series that barely moves (a share of the sector) is drawn at.
pub fn published_level(cluster: &str, indicator: &str) -> Option<f64> {
    SOURCED_FIGURES
        .iter()
        .find(|f| f.cluster == cluster && f.indicator == indicator)
        .map(|f| f.value)
}

/// The figure published for a cluster, indicator and year, if any.
pub fn sourced_figure(cluster: &str, indicator: &str, year: i32) -> Option<&'static SourcedFigure> {
    SOURCED_FIGURES
        .iter()
        .find(|f| f.cluster == cluster && f.indicator == indicator && f.year == year)
}

/// The figures that `keep` keeps, as the CSV the dataset ships (`sources/figures.csv`).
pub fn figures_csv(keep: impl Fn(&SourcedFigure) -> bool) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let _ = writer.write_record([
        "cluster_id",
        "indicator_id",
        "year",
        "value",
        "published_as",
        "scope",
        "source",
    ]);
    for f in SOURCED_FIGURES.iter().filter(|f| keep(f)) {
        let value = format!("{}", f.value);
        let published = f.published.word();
        let year = f.year.to_string();
        let _ = writer.write_record([
            f.cluster,
            f.indicator,
            year.as_str(),
            value.as_str(),
            published,
            f.scope,
            f.source,
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::cluster_seeds::CLUSTER_SEEDS;
    use crate::generate::indicator_seeds::INDICATOR_SEEDS;

    #[test]
    fn every_figure_names_a_shipped_cluster_and_indicator_once() {
        for (i, f) in SOURCED_FIGURES.iter().enumerate() {
            assert!(CLUSTER_SEEDS.iter().any(|c| c.id == f.cluster), "{f:?}");
            assert!(INDICATOR_SEEDS.iter().any(|s| s.id == f.indicator), "{f:?}");
            assert!(!f.source.is_empty(), "{f:?}");
            assert_eq!(
                sourced_figure(f.cluster, f.indicator, f.year),
                Some(&SOURCED_FIGURES[i]),
                "{f:?} is listed twice"
            );
        }
    }
}
