import type { Generated } from 'kysely';

/** Kysely's view of the schema built by ./migrations. Column names are the SQL ones. */
export interface Database {
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
  schema_migration: { name: string; applied_at: string };
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
