import { describe, expect, it } from 'vitest';
import { UNIT_SEPARATOR } from '../../../src-renderer/format/number-format';
import { heatingValueNote, type HeatingValueUse } from '../../../src-renderer/production/heating-value-note';

const use: HeatingValueUse = {
  defaultBtuPerCf: 1000,
  fieldsWithDeclaredValue: 12,
  fieldsWithDefaultValue: 225,
  declaredVolumeShare: 0.634,
  note: 'GBTUD = MPCD × poder calorífico ÷ 1000, con el último poder calorífico declarado a MinEnergía de cada campo (12 campos, 63% del volumen); los demás 225 campos usan 1.000 BTU/PC (supuesto).',
};

describe('heatingValueNote', () => {
  it('shows the service’s sentence in Spanish', () => {
    expect(heatingValueNote(use, 'es')).toBe(use.note);
  });

  it('says the same in English from the structured figures', () => {
    expect(heatingValueNote(use, 'en')).toBe(
      `GBTUD = MMcfd × heating value ÷ 1000, with each field’s latest heating value declared to MinEnergía (12 fields, 63${UNIT_SEPARATOR}% of the volume); the other 225 fields use 1.000 BTU/cf (assumed).`,
    );
  });
});
