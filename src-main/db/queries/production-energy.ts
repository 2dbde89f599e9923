import type { Kysely } from 'kysely';
import { DEFAULT_HEATING_VALUE_BTU_PER_CF } from '../../../src-shared/contract/declaration';
import type { Database } from '../database-types';
import { declaredHeatingValues } from './declaration-heating-values';

/** Heating value (BTU/PC) per field id: the field's latest declared value, else the documented default. */
export interface FieldHeatingValues {
  btuPerCf(fieldId: number): number;
  isDeclared(fieldId: number): boolean;
}

export async function fieldHeatingValues(db: Kysely<Database>): Promise<FieldHeatingValues> {
  const declared = await declaredHeatingValues(db);
  const ids = declared.size ? await db.selectFrom('field').select(['id', 'key']).where('key', 'in', [...declared.keys()]).execute() : [];
  const byId = new Map(ids.map((f) => [f.id, declared.get(f.key)!.btuPerCf]));
  return {
    btuPerCf: (fieldId) => byId.get(fieldId) ?? DEFAULT_HEATING_VALUE_BTU_PER_CF,
    isDeclared: (fieldId) => byId.has(fieldId),
  };
}

/**
 * Accumulates volumes per field into energy: GBTUD = MPCD × BTU/PC ÷ 1000, so a bucket's energy rate is
 * Σ (volume of each field × its heating value ÷ 1000) ÷ days. It also counts which fields used a declared
 * value, so the answer can say how the conversion was made.
 */
export class EnergyTally {
  private readonly declaredFields = new Set<number>();
  private readonly defaultFields = new Set<number>();
  private declaredVolume = 0;
  private totalVolume = 0;

  constructor(private readonly heatingValues: FieldHeatingValues) {}

  /** Energy-weighted volume (MPC × BTU/PC ÷ 1000) of one field's volume; divide by days for GBTUD. */
  add(fieldId: number, volumeMpc: number): number {
    const declared = this.heatingValues.isDeclared(fieldId);
    (declared ? this.declaredFields : this.defaultFields).add(fieldId);
    this.totalVolume += volumeMpc;
    if (declared) this.declaredVolume += volumeMpc;
    return (volumeMpc * this.heatingValues.btuPerCf(fieldId)) / 1000;
  }

  summary() {
    const declaredVolumeShare = this.totalVolume > 0 ? this.declaredVolume / this.totalVolume : 0;
    const percent = new Intl.NumberFormat('es-CO', { style: 'percent', maximumFractionDigits: 1 }).format(declaredVolumeShare);
    return {
      defaultBtuPerCf: DEFAULT_HEATING_VALUE_BTU_PER_CF,
      fieldsWithDeclaredValue: this.declaredFields.size,
      fieldsWithDefaultValue: this.defaultFields.size,
      declaredVolumeShare,
      note:
        `GBTUD = MPCD × poder calorífico ÷ 1000, con el último poder calorífico declarado a MinEnergía de cada campo ` +
        `(${this.declaredFields.size} campos, ${percent} del volumen); los demás ${this.defaultFields.size} campos usan ` +
        `${DEFAULT_HEATING_VALUE_BTU_PER_CF.toLocaleString('es-CO')} BTU/PC (supuesto).`,
    };
  }
}
