import { CaudalError } from '../../src-shared/contract';

export interface ChartPng {
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_SIDE = 10_000;

/**
 * The chart the page sends (ECharts' getDataURL: `data:image/png;base64,…`), checked to be a PNG of
 * sane size before it goes into a workbook: anything else is refused with a message, not embedded.
 */
export function decodeChartPng(base64: string): ChartPng {
  const invalid = (message: string) => new CaudalError('validation', message, [{ path: 'chartPng', message }]);
  const payload = base64.replace(/^data:image\/png;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) throw invalid('La imagen del gráfico no es base64 válido');
  const bytes = Buffer.from(payload, 'base64');
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw invalid('La imagen del gráfico debe ser un PNG');
  }
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) throw invalid(`La imagen del gráfico mide ${width}×${height} píxeles: fuera de lo admitido`);
  return { bytes, width, height };
}
