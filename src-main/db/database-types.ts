import type { Generated } from 'kysely';
import type { DemandScenario, DemandSector } from '../../src-shared/contract/demand';

/** Kysely's view of the schema built by ./migrations, every table (declaration and demand below). Column names are the SQL ones. */
export interface Database extends DeclarationTables, DemandTables {
  etl_run: EtlRunTable;
  source_file: SourceFileTable;
  sheet_reconciliation: SheetReconciliationTable;
  rejected_row: RejectedRowTable;
  department: DepartmentTable;
  municipality: EntityTable & { divipola_code: string | null; department_code: string | null };
  operator: EntityTable;
  field: EntityTable;
  contract: EntityTable;
  production_monthly: ProductionMonthlyTable;
  production_summary_rate: ProductionSummaryRateTable;
  territory_municipality: TerritoryMunicipalityTable;
  territory_municipality_key: TerritoryMunicipalityKeyTable;
  territory_boundary: TerritoryBoundaryTable;
  royalty_monthly: RoyaltyMonthlyTable;
  etl_run_source: EtlRunSourceTable;
  settings: SettingsTable;
  failed_download: FailedDownloadTable;
  fact_version: FactVersionTable;
  schema_migration: { name: string; applied_at: string };
}

/** Moves with every updated or deleted fact row (triggers of migration 0011); with max(id), the national totals' cache key. */
export interface FactVersionTable {
  table_name: 'production_monthly' | 'royalty_monthly';
  version: number;
}

export interface EtlRunTable {
  id: Generated<number>;
  trigger: 'cli-import' | 'app-import' | 'button' | 'schedule' | 'cli-refresh';
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'ok' | 'partial' | 'failed' | 'cancelled';
  summary_json: string | null;
  error: string | null;
}

export interface SourceFileTable {
  id: Generated<number>;
  source_id: string;
  sha256: string;
  file_name: string;
  size_bytes: number;
  publisher: string;
  url: string | null;
  etag: string | null;
  last_modified: string | null;
  archive_path: string | null;
  coverage: string | null;
  status: 'active' | 'superseded';
  imported_at: string;
  run_id: number | null;
  rows_loaded: number;
  rows_rejected: number;
}

export interface SheetReconciliationTable {
  id: Generated<number>;
  source_file_id: number;
  sheet: string;
  period: string | null;
  kind: 'monthly-total' | 'summary-vs-monthly';
  data_rows: number;
  data_total_mpc: number;
  file_total_mpc: number | null;
  difference_mpc: number | null;
  status: 'reconciled' | 'not-reconciled' | 'no-total';
  cause: string | null;
}

export interface RejectedRowTable {
  id: Generated<number>;
  source_id: string;
  source_file_id: number | null;
  run_id: number | null;
  sheet: string | null;
  row_number: number | null;
  reason_code: string;
  reason: string;
  raw_json: string;
}

export interface DepartmentTable {
  code: string;
  name: string;
}

export interface EntityTable {
  id: Generated<number>;
  /** Normalized name: what groups spelling variants. */
  key: string;
  /** The spelling shown to analysts (first seen). */
  name: string;
}

export interface ProductionMonthlyTable {
  id: Generated<number>;
  source_file_id: number;
  sheet: string;
  row_number: number;
  period: string;
  year: number;
  department_code: string | null;
  municipality_id: number | null;
  operator_id: number;
  field_id: number;
  contract_id: number | null;
  fiscalizada_mpc: number | null;
  gas_lift_mpc: number | null;
  reinyectado_mpc: number | null;
  quemado_mpc: number | null;
  consumo_campo_mpc: number | null;
  enviado_planta_mpc: number | null;
  transformado_mpc: number | null;
  entregado_gasoductos_mpc: number | null;
}

export interface ProductionSummaryRateTable {
  id: Generated<number>;
  source_file_id: number;
  sheet: string;
  row_number: number;
  period: string;
  department_code: string | null;
  municipality_id: number | null;
  operator_id: number;
  field_id: number;
  contract_id: number | null;
  rate_mpcd: number;
}

/** DIVIPOLA municipalities (DANE), one row per 5-digit code, from the last loaded list. */
export interface TerritoryMunicipalityTable {
  code: string;
  department_code: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  source_file_id: number;
  row_number: number;
}

/** Exact `DD:NAME` keys that stand for a municipality code (DIVIPOLA name, MGN name, explicit aliases). */
export interface TerritoryMunicipalityKeyTable {
  key: string;
  code: string;
  origin: 'divipola' | 'alias' | 'mgn';
  source_file_id: number;
}

/** Simplified boundary per territory: a GeoJSON Polygon/MultiPolygon geometry as text (WGS84). */
export interface TerritoryBoundaryTable {
  level: 'department' | 'municipality';
  code: string;
  name: string;
  geometry_json: string;
  source_file_id: number;
  feature_index: number;
}

/** ANH gas royalty settlements (datos.gov.co j7js-yk74). Volumes in MPC (source KPC ÷ 1000). */
export interface RoyaltyMonthlyTable {
  id: Generated<number>;
  source_file_id: number;
  sheet: string | null;
  row_number: number;
  period: string;
  year: number;
  department_code: string | null;
  municipality_id: number | null;
  field_id: number;
  contract_id: number | null;
  latitude: number | null;
  longitude: number | null;
  production_type: string | null;
  regime: string | null;
  trm_cop_per_usd: number | null;
  price_usd: number | null;
  royalty_percent: number | null;
  taxable_volume_mpc: number | null;
  royalty_volume_mpc: number | null;
  royalties_cop: number;
}

/** One source's part of a refresh run (migration 0006-refresh-runs). */
export interface EtlRunSourceTable {
  id: Generated<number>;
  run_id: number;
  source_id: string;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'updated' | 'unchanged' | 'partial' | 'failed' | 'cancelled';
  files_downloaded: number;
  files_loaded: number;
  files_unchanged: number;
  files_failed: number;
  bytes_downloaded: number;
  rows_loaded: number;
  rows_rejected: number;
  error_code: string | null;
  error: string | null;
  summary_json: string | null;
}

/** One section of the analyst's settings as JSON (migration 0007-settings). */
export interface SettingsTable {
  key: string;
  value_json: string;
  updated_at: string;
}

/** A download that could not be loaded, remembered so it is not fetched and parsed again (0008). */
export interface FailedDownloadTable {
  id: Generated<number>;
  source_id: string;
  url: string;
  file_name: string;
  sha256: string;
  size_bytes: number;
  etag: string | null;
  last_modified: string | null;
  error: string;
  first_failed_at: string;
  last_failed_at: string;
  run_id: number | null;
}

/** Migration 0004-declaration. A type alias: `Database` extends it like an interface. */
export type DeclarationTables = {
  declaration_resolution: {
    id: number;
    declaration_period: string;
    first_year: number;
    last_year: number;
    number: string;
    year: number;
    issued_on: string | null;
    title: string | null;
  };
  declaration_file: {
    source_file_id: number;
    resolution_id: number;
    replaced_by_file_id: number | null;
    field_sheets: number;
  };
  declaration_field_sheet: {
    id: number;
    source_file_id: number;
    sheet: string;
    field_id: number;
    field_operator_id: number | null;
    contract_id: number | null;
    heating_value_btu_per_cf: number | null;
    heating_value_cell: string | null;
  };
  declaration_row: {
    id: number;
    field_sheet_id: number;
    row_number: number;
    operator_id: number;
    production_type: 'PTDV' | 'PC' | 'PP' | 'GAS_OPERACION' | 'CIDV';
    production_type_text: string;
    is_state_share: 0 | 1;
  };
  declaration_monthly: {
    row_id: number;
    period: string;
    gbtud: number;
  };
};

/** Migration 0005-demand. */
export type DemandTables = {
  demand_book: {
    id: Generated<number>;
    source_file_id: number;
    edition: string;
    book: DemandSector;
    entry_name: string | null;
    projection_start: string | null;
    first_period: string | null;
    last_period: string | null;
    rows_loaded: number;
  };
  demand_monthly: {
    id: Generated<number>;
    source_file_id: number;
    edition: string;
    book: DemandSector;
    sheet: string;
    sheet_kind: 'scenarios' | 'regional' | 'sectoral' | 'nodal';
    row_number: number;
    cell_ref: string;
    sector: DemandSector;
    scenario: DemandScenario;
    area_kind: 'national' | 'region' | 'node';
    region: string | null;
    node_key: string | null;
    period: string;
    gbtud: number;
  };
  demand_node: { key: string; region: string; name: string };
  demand_check: {
    id: Generated<number>;
    source_file_id: number;
    edition: string;
    book: DemandSector;
    sheet: string;
    kind: string;
    scope: string | null;
    status: 'reconciled' | 'not-reconciled';
    compared: number;
    failed: number;
    max_difference_gbtud: number;
    worst_period: string | null;
    detail: string;
  };
};
