/**
 * 简体中文 texts of the Compare screen: reports from several machines side by side.
 * The same keys as en-compare.ts; the root catalogue (zh-CN.ts) spreads them in.
 */
import type { Messages } from './messages'

const zhCN: Pick<Messages, 'compare'> = {
  compare: {
    title: '比较机器',
    intro: '选择两份或更多报告（导入的或来自历史记录的）。每台机器成为表格中的一列、图表中的一条序列，并给出它相对于基准机器的速度。',
    pick: '要比较的报告',
    empty: '请导入或打开至少两份报告，才能进行比较。',
    baseline: '基准机器',
    explain: '每个单元格：中位数时间及其 95% 置信区间 [下限–上限]，然后是相对基准的比值（基准时间 / 本机时间：大于 1× 表示这台机器更快）及其 95% 自助法（bootstrap）置信区间，以及对两台机器时间的 Mann–Whitney 检验（对整个比较做 Holm 校正）：更快、更慢、在这种噪声下没有明显差别，或重复次数太少、无法判断。重复少于 5 次时不给出置信区间。只有工作负载、运行时、选项、设置、工作者数量和情形全都一致的点才会比较。',
    working: '正在比较…',
    failed: '无法比较：{message}',
    machine: '机器',
    lab: '实验室版本',
    summary: '汇总',
    isBaseline: '基准',
    faster: '比基准快 {ratio}（{n} 个点的几何平均数）',
    slower: '比基准慢 {ratio}（{n} 个点的几何平均数）',
    noneCompared: '没有任何点可以与基准比较',
    workersCase: '情形 · 工作者数',
    workers: '工作者数',
    cells: {
      baseline: '基准',
      'other-settings': '设置不同',
      'no-run': '未运行',
      'no-point': '未测量',
      'check-failed': '结果错误：不参与比较',
      'baseline-not-measured': '无基准',
      wrongAnswer: '结果错误',
    },
    notCompared: '未比较',
    notComparedIntro: '这些点在不同机器上用了不同的设置测量，因此不作比较：',
    field: '设置',
    notRun: '（未运行）',
    notes: '备注',
    group: '{runtime}上的{workload}',
    chartGroup: '运行',
    pickMore: '请至少选择两份报告进行比较：已选 {picked} 份，共列出 {listed} 份。',
    machineName: '{cpu}，{cores} 核',
    export: '导出比较结果',
    exportAs: '将比较结果导出为 {format}',
    formats: { html: 'HTML', md: 'Markdown' },
  },
}
export default zhCN
