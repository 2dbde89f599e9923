import { LineChart } from 'echarts/charts';
import { GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the screens draw is registered: the full `echarts` entry would add ~1 MB to the bundle.
echarts.use([LineChart, GridComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
