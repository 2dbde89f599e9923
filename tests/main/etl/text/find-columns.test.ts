import { describe, expect, it } from 'vitest';
import { findColumns } from '../../../../src-main/etl/text/find-columns';

describe('findColumns', () => {
  it('maps each wanted column to the header that spells it, by the first spelling found', () => {
    const spellings = { year: ['a_o', 'AÑO'], field: ['campo'], regime: ['regimenreg', 'REGIMEN REG'] } as const;
    expect(findColumns(['Año', 'CAMPO', 'Otra cosa'], spellings)).toEqual({ year: 'Año', field: 'CAMPO' });
    expect(findColumns(['a_o', 'campo', 'regimenreg'], spellings)).toEqual({ year: 'a_o', field: 'campo', regime: 'regimenreg' });
  });
});
