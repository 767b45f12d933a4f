/**
 * Registers only the Chart.js parts the lab draws with (tree-shaken build), plus our plugins.
 * Imported once by every chart component; registering twice is harmless.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js'
import { errorBarsPlugin } from './error-bars'

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
  errorBarsPlugin,
)

export { Chart }
