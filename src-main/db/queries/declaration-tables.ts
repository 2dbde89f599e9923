import type { Kysely } from 'kysely';
import type { Database } from '../database-types';

/**
 * Kysely's view of the tables of migration 0004-declaration. Kept beside the declaration queries until
 * they join `Database` in database-types.ts; `withDeclarationTables` adds them to a connection's type.
 */
// A type alias, not an interface: `withTables` needs an index-signature-compatible shape.
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

export type DeclarationDb = Kysely<Database & DeclarationTables>;

export function withDeclarationTables(db: Kysely<Database>): DeclarationDb {
  return db.withTables<DeclarationTables>() as DeclarationDb;
}
