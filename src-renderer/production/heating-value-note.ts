import type { CommandOutput } from '../../src-shared/contract';
import { formatNumber, formatShare } from '../format/number-format';
import type { Language } from '../i18n/define-messages';

export type HeatingValueUse = NonNullable<CommandOutput<'production.series'>['heatingValues']>;

/**
 * How GBTUD was obtained, to read beside the numbers. The service writes the Spanish sentence; the
 * English one is composed from the same structured figures, so both say exactly the same.
 */
export function heatingValueNote(use: HeatingValueUse, language: Language): string {
  if (language === 'es') return use.note;
  return (
    `GBTUD = MMcfd × heating value ÷ 1000, with each field’s latest heating value declared to MinEnergía ` +
    `(${formatNumber(use.fieldsWithDeclaredValue, 0)} fields, ${formatShare(use.declaredVolumeShare, 0)} of the volume); ` +
    `the other ${formatNumber(use.fieldsWithDefaultValue, 0)} fields use ${formatNumber(use.defaultBtuPerCf, 0)} BTU/cf (assumed).`
  );
}
