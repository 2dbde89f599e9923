import { getInstanceByDom } from 'echarts/core';
import { MAX_CHART_PNG_BASE64 } from '../../src-shared/contract/exports';

/**
 * The page's first chart as the Excel "Resumen" sheet shows it: a PNG at twice the screen's pixels on
 * white (the dark theme's transparent background would print black). Absent when the page draws no
 * chart yet or the image would exceed what the contract accepts.
 */
export function pageChartPng(root: ParentNode = document): { png: string; title?: string } | undefined {
  for (const element of root.querySelectorAll<HTMLElement>('[data-testid="page"] .echarts-for-react')) {
    const chart = getInstanceByDom(element);
    if (!chart) continue;
    try {
      const png = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
      if (png.length > MAX_CHART_PNG_BASE64) return undefined;
      const title = element.getAttribute('aria-label') ?? undefined;
      return { png, ...(title ? { title: title.slice(0, 200) } : {}) };
    } catch {
      // A chart that cannot draw to an image (no canvas) leaves the workbook without it, not the export failed.
      return undefined;
    }
  }
  return undefined;
}
