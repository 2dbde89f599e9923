/**
 * Other spellings of a municipality than the one the DIVIPOLA table on datos.gov.co gives, keyed by the
 * 5-digit DIVIPOLA code. Names are compared through municipalityKey (department code + territoryKey),
 * so accent, case and punctuation variants need no entry; only different words do. Matching stays
 * exact: a spelling that is neither here nor official leaves its rows unlinked and reported.
 *
 * Every entry was seen in an official source:
 * - ANH's production workbooks write some names in their own way (`LA JAGUA IBIRICO`, `VILLA NUEVA`…).
 * - DANE's Marco Geoestadístico Nacional (MGN) uses current official names where the datos.gov.co
 *   table keeps older or shortened ones (`SAN JOSÉ DE CÚCUTA` for `Cúcuta`, `DONMATÍAS` for `Don Matías`).
 * - The datos.gov.co table misnames two codes: 85325 as `San Luis de Gaceno` (that is 15667, in
 *   Boyacá; 85325 is San Luis de Palenque, Casanare) and 13670 as `San Pablo de Borbur` (15681, Boyacá;
 *   13670 is San Pablo, Bolívar). Their correct names are listed here so other sources' rows link.
 * A name written under the wrong department (ANH's `BOYACA / CABUYARO`; Cabuyaro is 50124, Meta) is not
 * an alias: correcting a department would be a guess, so those rows stay unlinked and are reported.
 */
export const municipalityAliases: Readonly<Record<string, readonly string[]>> = {
  '05042': ['SANTA FÉ DE ANTIOQUIA'],
  '05237': ['DONMATÍAS'],
  '05664': ['SAN PEDRO DE LOS MILAGROS'],
  '05674': ['SAN VICENTE FERRER'],
  '11001': ['BOGOTÁ'],
  '13001': ['CARTAGENA DE INDIAS'],
  '13670': ['SAN PABLO'],
  '15109': ['BUENAVISTA'],
  '15332': ['GÜICÁN DE LA SIERRA'],
  '19418': ['LÓPEZ DE MICAY'],
  '19548': ['PIENDAMÓ - TUNÍA'],
  '19760': ['SOTARÁ - PAISPAMBA'],
  // ANH: `LA JAGUA IBIRICO`.
  '20400': ['LA JAGUA IBIRICO'],
  '20443': ['MANAURE BALCÓN DEL CESAR'],
  '23586': ['PURÍSIMA DE LA CONCEPCIÓN'],
  '23670': ['SAN ANDRÉS DE SOTAVENTO'],
  '25662': ['SAN JUAN DE RIOSECO'],
  '44090': ['DIBULLA'],
  '47161': ['CERRO DE SAN ANTONIO'],
  '47570': ['PUEBLOVIEJO'],
  // ANH: `SAN SEBASTIÁN BUENAVISTA`; MGN: `SAN SEBASTIÁN DE BUENAVISTA` (same as datos.gov.co).
  '47692': ['SAN SEBASTIÁN BUENAVISTA'],
  // ANH: `CASTILLA NUEVA`; DIVIPOLA: `Castilla la Nueva`.
  '50150': ['CASTILLA NUEVA'],
  '50711': ['VISTAHERMOSA'],
  '52224': ['CUASPUD CARLOSAMA'],
  '54001': ['SAN JOSÉ DE CÚCUTA'],
  '70823': ['SAN JOSÉ DE TOLUVIEJO'],
  '73443': ['SAN SEBASTIÁN DE MARIQUITA'],
  '73616': ['RIOBLANCO'],
  // ANH and MGN: `SAN LUIS DE PALENQUE` (datos.gov.co misnames it, see above).
  '85325': ['SAN LUIS DE PALENQUE'],
  // ANH: `VILLA NUEVA`; DIVIPOLA: `Villanueva`.
  '85440': ['VILLA NUEVA'],
  '86573': ['PUERTO LEGUÍZAMO'],
  // ANH and MGN: `VALLE DEL GUAMUEZ`; datos.gov.co: `Valle de Guamez`.
  '86865': ['VALLE DEL GUAMUEZ'],
  '94343': ['BARRANCOMINAS'],
  '97777': ['PAPUNAHUA'],
};
