//! The names of the shipped dataset's clusters and indicators in Spanish and Basque,
//! for the optional `name_es` and `name_eu` columns. Drafted for this dataset; the
//! `check` notes (listed in the dataset's README) say which a native speaker or the
//! association should confirm.

/// A name in Spanish and in Basque, and what to check about them ("" when sure).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalNames {
    /// The cluster or indicator id.
    pub id: &'static str,
    /// The name in Spanish.
    pub es: &'static str,
    /// The name in Basque.
    pub eu: &'static str,
    /// What a reviewer should confirm, or "".
    pub check: &'static str,
}

const fn names(
    id: &'static str,
    es: &'static str,
    eu: &'static str,
    check: &'static str,
) -> LocalNames {
    LocalNames { id, es, eu, check }
}

/// The clusters' names, by cluster id.
#[rustfmt::skip]
pub const CLUSTER_NAMES: &[LocalNames] = &[
    names("ACICAE", "Asociación Cluster de Automoción de Euskadi", "Euskadiko Automobilgintza Klusterra", "eu: attested form (Basque competition authority, report 411-PROM-2020)"),
    names("AFM", "AFM Advanced Manufacturing Technologies", "AFM Advanced Manufacturing Technologies", "es/eu: English brand name kept untranslated; the association's Spanish legal name and any Basque form were not checked"),
    names("HEGAN", "Asociación Cluster de Aeronáutica y Espacio del País Vasco (HEGAN)", "Euskadiko Aeronautika eta Espazioko Kluster Elkartea (HEGAN)", "eu: form found in Basque press (enpresabidea.eus), not checked against HEGAN's own Basque name"),
    names("GAIA", "Asociación Clúster de Industrias de Conocimiento y Tecnología Aplicada de Euskadi (GAIA)", "Euskadiko Ezagutza eta Teknologia Industrien Klusterra (GAIA)", "eu: attested form (Basque competition authority, report 411-PROM-2020)"),
    names("ACLIMA", "Asociación Clúster de Industrias de Medio Ambiente de Euskadi (ACLIMA)", "Euskadiko Ingurumen Industrien Klusterra (ACLIMA)", "eu: attested form (Basque competition authority, report 411-PROM-2020)"),
    names("ENERGY", "Asociación Cluster de Energía del País Vasco", "Euskadiko Energia Klusterra", ""),
    names("FMV", "Foro Marítimo Vasco", "Euskal Herriko Itsas Foroa", "eu: attested form (Basque competition authority, report 411-PROM-2020)"),
    names("UNIPORT", "UniportBilbao", "UniportBilbao", ""),
    names("MLC", "Clúster de Movilidad y Logística de Euskadi (MLC ITS Euskadi)", "Euskadiko Mugikortasun eta Logistika Klusterra (MLC ITS Euskadi)", "eu: Basque press uses 'Euskadiko Mugikortasun eta Logistika Klusterra'; not checked on the cluster's own site"),
    names("EIKEN", "Clúster Audiovisual y de Contenidos Digitales de Euskadi (EIKEN)", "Euskadiko Ikus-entzunezko eta Eduki Digitalen Klusterra (EIKEN)", "eu: only the short form 'Euskadiko Ikus-entzunezko Klusterra' is attested (euskonews); the digital-content part is translated"),
    names("PAPEL", "Asociación Clúster del Papel de Euskadi", "Euskadiko Paperaren Klusterra", "eu: attested form (Basque competition authority, report 411-PROM-2020)"),
    names("SIDEREX", "Siderex – Asociación Clúster de Siderurgia", "Siderex – Siderurgiaren Klusterra", "eu: official Basque name not known; translated"),
    names("HABIC", "Clúster Vasco del Hábitat (HABIC)", "Euskal Habitat Klusterra (HABIC)", "es/eu: no official Spanish or Basque name known; translated from the brand 'Basque Habitat Cluster' (the brand may be used untranslated)"),
    names("ERAIKUNE", "Clúster de la Construcción de Euskadi (Eraikune, ahora Build:INN)", "Euskadiko Eraikuntzaren Klusterra (Eraikune, gaur egun Build:INN)", "eu: attested form (Basque competition authority, report 411-PROM-2020)"),
    names("BFC", "Clúster de Alimentación de Euskadi (Basque Food Cluster)", "Euskadiko Elikadura Klusterra (Basque Food Cluster)", "eu: official Basque name not known; translated"),
    names("BHC", "Basque Health Cluster", "Basque Health Cluster", "es/eu: English brand kept; no official Spanish or Basque name known"),
    names("BASKEGUR", "Asociación de la Madera de Euskadi (BASKEGUR)", "Euskadiko Zuraren Elkartea (BASKEGUR)", "eu: official Basque name not known; translated"),
    names("MAFEX", "Asociación Ferroviaria Española (MAFEX)", "Espainiako Trenbide Elkartea (MAFEX)", "eu: Spain-wide association, probably no official Basque name; translated"),
    names("FUNDICION_FORJA", "Clúster de Fundición y Forja (AFV, FUNDIGEX y SIFE)", "Galdaketa eta Forjaketa Klusterra (AFV, FUNDIGEX eta SIFE)", "es/eu: grouped ODC with no single official name found; both translated (a source URL reads 'cluster vasco de fundición y forja')"),
    names("LANGUNE", "Asociación de Industrias de la Lengua del País Vasco (LANGUNE)", "Euskal Herriko Hizkuntza Industrien Elkartea (LANGUNE)", "eu: Basque forms vary ('Hizkuntza Industrien Precluster Elkartea Euskal Herrian' on langune.eus, 2013; 'Euskal Herriko Hizkuntzen Industrien Elkartea' in Berria); current official form not confirmed"),
    names("BASQUEFIK", "BasqueFIK (Clúster financiero e inversor vasco)", "BasqueFIK (Euskal finantza eta inbertsio klusterra)", "eu: official Basque name not known; translated"),
];

/// The indicators' names, by indicator id.
#[rustfmt::skip]
pub const INDICATOR_NAMES: &[LocalNames] = &[
    names("PROF_MEMBERS", "Organizaciones socias", "Erakunde bazkideak", ""),
    names("PROF_NEW_MEMBERS", "Nuevos socios", "Bazkide berriak", ""),
    names("PROF_SME_SHARE", "Proporción de pymes entre los socios", "ETEen proportzioa bazkideen artean", ""),
    names("PROF_TURNOVER", "Facturación de los socios", "Bazkideen fakturazioa", ""),
    names("PROF_EMPLOYMENT", "Empleo de los socios", "Bazkideen enplegua", ""),
    names("PROF_ODC_BUDGET", "Presupuesto de la oficina del clúster", "Kluster-bulegoaren aurrekontua", ""),
    names("PROF_PUBLIC_FUNDING_SHARE", "Peso de la financiación pública", "Finantzaketa publikoaren pisua", ""),
    names("COOP_L1_MEMBERS", "Socios informados", "Informatutako bazkideak", ""),
    names("COOP_INFO_ACTIONS", "Acciones de información", "Informazio-ekintzak", ""),
    names("COOP_L2_MEMBERS", "Socios en grupos de trabajo", "Lan-taldeetako bazkideak", ""),
    names("COOP_WORKING_GROUPS", "Grupos de trabajo", "Lan-taldeak", ""),
    names("COOP_TRAINING_HOURS", "Horas de formación", "Prestakuntza-orduak", ""),
    names("COOP_L3_MEMBERS", "Socios en la agenda estratégica", "Agenda estrategikoko bazkideak", ""),
    names("COOP_PROPOSALS", "Propuestas de proyecto", "Proiektu-proposamenak", ""),
    names("COOP_L4_MEMBERS", "Socios en proyectos de cooperación", "Lankidetza-proiektuetako bazkideak", ""),
    names("COOP_PROJECTS", "Proyectos de cooperación", "Lankidetza-proiektuak", ""),
    names("COOP_INTERCLUSTER", "Proyectos intercluster", "Klusterren arteko proiektuak", "es: brief's glossary gives 'intercluster'; SPRI's Spanish texts also write 'interclúster' with accent"),
    names("INT_MISSIONS", "Misiones comerciales y ferias", "Merkataritza-misioak eta azokak", ""),
    names("INT_EU_PROJECTS", "Proyectos europeos", "Europako proiektuak", ""),
    names("INT_FDI_PROJECTS", "Proyectos de inversión extranjera", "Atzerriko inbertsio-proiektuak", ""),
    names("COOP_SATISFACTION", "Satisfacción de los socios", "Bazkideen gogobetetzea", ""),
    names("TEC_RD_INTENSITY", "Intensidad de I+D", "I+Gko intentsitatea", ""),
    names("TEC_RD_SPEND", "Gasto en I+D", "I+Gko gastua", ""),
    names("TEC_RVCTI_PROJECTS", "Proyectos con la RVCTI", "RVCTIrekin egindako proiektuak", ""),
    names("TEC_FUNDING", "Financiación de I+D captada", "Lortutako I+Gko finantzaketa", ""),
    names("TEC_SUCCESS_RATE", "Tasa de éxito de las propuestas", "Proposamenen arrakasta-tasa", ""),
    names("TEC_KET_PROJECTS", "Proyectos de tecnologías habilitadoras", "Teknologia gaitzaileen proiektuak", ""),
    names("TEC_SUSTAINABILITY", "Proyectos de sostenibilidad", "Jasangarritasun-proiektuak", ""),
    names("TEC_ADV_MANUFACTURING", "Proyectos de fabricación avanzada", "Fabrikazio aurreratuko proiektuak", ""),
    names("TEC_RIS3_ALIGNED", "Proyectos alineados con la RIS3", "RIS3rekin lerrokatutako proiektuak", ""),
    names("BUS_EXPORT_SHARE", "Peso de las exportaciones", "Esportazioen pisua", ""),
    names("BUS_TURNOVER_GROWTH", "Crecimiento de la facturación", "Fakturazioaren hazkundea", ""),
    names("BUS_NEW_MODELS", "Nuevos modelos de negocio", "Negozio-eredu berriak", ""),
    names("BUS_RD_TO_MARKET", "De la I+D al mercado", "I+Getik merkatura", ""),
    names("BUS_INTRAPRENEURSHIP", "Intraemprendimiento", "Barne-ekintzailetza", ""),
    names("BUS_GROWTH_MERGERS", "Crecimiento y fusiones de empresas", "Enpresen hazkundea eta bat-egiteak", ""),
    names("BUS_PEOPLE_PARTICIPATION", "Participación de las personas", "Pertsonen parte-hartzea", ""),
    names("BUS_FINANCIAL_TOOLS", "Herramientas financieras", "Finantza-tresnak", ""),
    names("BUS_NONTECH_INNOVATION", "Innovación no tecnológica", "Berrikuntza ez-teknologikoa", ""),
    names("PRG_GRANT_AWARDED", "Ayuda Kluster concedida", "Kluster laguntza emandakoa", ""),
    names("PRG_GRANT_JUSTIFIED", "Ayuda justificada", "Justifikatutako laguntza", ""),
    names("PRG_ELIGIBLE_COST", "Costes subvencionables", "Kostu diruz lagungarriak", ""),
    names("PRG_COFUNDING_RATE", "Tasa de cofinanciación", "Kofinantzaketa-tasa", ""),
    names("PRG_INTL_SUPPORT", "Apoyo internacional", "Nazioarteko laguntza", ""),
    names("PRG_PLANNED_COOP", "Acciones de cooperación previstas", "Aurreikusitako lankidetza-ekintzak", ""),
    names("PRG_DONE_COOP", "Acciones de cooperación realizadas", "Egindako lankidetza-ekintzak", ""),
    names("PRG_PLANNED_TECH", "Acciones tecnológicas previstas", "Aurreikusitako ekintza teknologikoak", ""),
    names("PRG_DONE_TECH", "Acciones tecnológicas realizadas", "Egindako ekintza teknologikoak", ""),
    names("PRG_PLANNED_BUS", "Acciones empresariales previstas", "Aurreikusitako enpresa-ekintzak", ""),
    names("PRG_DONE_BUS", "Acciones empresariales realizadas", "Egindako enpresa-ekintzak", ""),
    names("OUT_ORDERS_LAST", "Cartera de pedidos, último semestre", "Eskaera-zorroa, azken seihilekoa", "eu: 'seihilekoa' for a semester in every outlook name; confirm"),
    names("OUT_ORDERS_NEXT", "Cartera de pedidos, próximo semestre", "Eskaera-zorroa, hurrengo seihilekoa", ""),
    names("OUT_TURNOVER_LAST", "Facturación, último semestre", "Fakturazioa, azken seihilekoa", ""),
    names("OUT_TURNOVER_NEXT", "Facturación, próximo semestre", "Fakturazioa, hurrengo seihilekoa", ""),
    names("OUT_EXPORTS_LAST", "Exportaciones, último semestre", "Esportazioak, azken seihilekoa", ""),
    names("OUT_EXPORTS_NEXT", "Exportaciones, próximo semestre", "Esportazioak, hurrengo seihilekoa", ""),
    names("OUT_JOBS_LAST", "Empleo, último semestre", "Enplegua, azken seihilekoa", ""),
    names("OUT_JOBS_NEXT", "Empleo, próximo semestre", "Enplegua, hurrengo seihilekoa", ""),
    names("OUT_RD_LAST", "I+D+i, último semestre", "I+G+b, azken seihilekoa", ""),
    names("OUT_RD_NEXT", "I+D+i, próximo semestre", "I+G+b, hurrengo seihilekoa", ""),
    names("PRG_SECTOR_FIRMS", "Cuota de las empresas del sector", "Sektoreko enpresen kuota", ""),
    names("PRG_SECTOR_JOBS", "Cuota del empleo del sector", "Sektoreko enpleguaren kuota", ""),
    names("PRG_LABEL", "Sello de gestión de clústeres", "Klusterren kudeaketa-zigilua", ""),
    names("PRG_LABEL_SCORE", "Puntuación del sello", "Zigiluaren puntuazioa", ""),
    names("COOP_L1_SMES", "Pymes informadas", "ETE informatuak", ""),
    names("COOP_L2_SMES", "Pymes en grupos de trabajo", "Lan-taldeetako ETEak", ""),
    names("COOP_L3_SMES", "Pymes en la agenda estratégica", "Agenda estrategikoko ETEak", ""),
    names("COOP_L4_SMES", "Pymes en proyectos de cooperación", "Lankidetza-proiektuetako ETEak", ""),
];

/// The names of an id in a table, if it has them.
pub fn local_names(table: &'static [LocalNames], id: &str) -> Option<&'static LocalNames> {
    table.iter().find(|n| n.id == id)
}
