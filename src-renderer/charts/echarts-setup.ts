import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the pages draw is registered: the full `echarts` entry would add ~1 MB to the bundle.
// A page that needs another chart type registers it here, in one place. The map needs MapChart and the
// piecewise legend only; its boundaries come from the service (`registerMap`), none are bundled.
echarts.use([
  LineChart,
  BarChart,
  MapChart,
  GridComponent,
  TitleComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  VisualMapPiecewiseComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { echarts };
