/**
 * 简体中文 texts of the warnings printed under a run, one explanation per warning code.
 * The same keys as en-cli-warnings.ts; the cli area (zh-CN-cli.ts) spreads them in.
 */
import type { Messages } from './messages'
import report from './zh-CN-report'

const zhCN: Pick<Messages['cli'], 'warnings'> = {
  warnings: {
    line: '  ! [{code}] {where}：{text}',
    title: '警告（报告中有每条警告的完整内容）：',
    also: '另见：{list}',
    suite: '整组运行',
    at: '{name}，{workers} 个工作者',
    codes: {
      'machine-busy': '这次运行开始时机器已经很忙（负载超过 {cores} 个逻辑核心的一半）：其他程序在争用核心，所以时间比应有的更慢、波动更大。请关闭其他程序，等负载降下来后再测一次。',
      'few-samples': '有些数据点只测了 {n} 次：重复少于 3 次时，无法区分一次受干扰的测量和正常的测量，95% 置信区间也很宽甚至未知。请至少重复 3 次，最好 5 次以上。',
      oversubscribed: '工作者数量超过了机器的逻辑核心数（{cores}）：操作系统只能分时使用核心，所以不要期待更高的加速比，只会多出在工作者之间切换的开销。这些数据点不参与阿姆达尔定律拟合。',
      'slow-first-run': '第一次重复用了 {first}，是其余重复中位数（{median}）的 {ratio} 倍：它付出了一次性的开销（启动工作者、JIT 编译、填充缓存）。增加预热次数（这次是 {warmup} 次）可以把这些开销排除在测量之外。',
      outliers: '有些重复与中位数 {median} 相差很远：超过通常波动的十倍。很可能同时有别的程序在用这台机器；中位数几乎不受影响，但为了稳妥，请关闭其他程序再测一次。',
      'high-variance': '各次重复差异很大：标准差（{stddev}）是平均值（{mean}）的 {cv}；超过 {limit} 即发出警告。小于这个差距的数据点之间的差别可能只是噪声。请关闭其他程序，或增加重复次数。',
      'check-failed': '结果与预期答案不符（应为 {expected}，实际为 {actual}）。答案错误时计时毫无意义：通常是任务划分有误，漏掉了一部分或重复计算了一部分。',
      'on-battery': report.warningText['on-battery'],
      'powersave-governor': report.warningText['powersave-governor'],
      'cpu-used-by-others': report.warningText['cpu-used-by-others'],
      'hybrid-cores': report.warningText['hybrid-cores'],
      'smt-shared-cores': report.warningText['smt-shared-cores'],
      drift: report.warningText.drift,
      'cores-not-applied': report.warningText['cores-not-applied'],
      'python-not-found': report.warningText['python-not-found'],
      'python-not-applicable': report.warningText['python-not-applicable'],
    },
  },
}
export default zhCN
