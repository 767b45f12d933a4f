/**
 * 应用中“论断”页面的中文文本（issue 18）。键与 en-claims-screen.ts 相同。
 */
import type { Messages } from './messages'

const zhCN: Messages['claimsScreen'] = {
  title: '论断',
  intro: '教程常把下面这些关于线程和进程的说法当作事实。每一条都可以在本机上检验：运行它背后的实验，看结论以及结论所依据的数据。',
  notRunYet: '尚未运行',
  loading: '正在读取本机保存的结论……',
  runAll: '全部运行',
  runAllHint: '工作坊预设：运行所有论断，在双核笔记本上约五分钟。',
  run: '运行',
  runOne: '运行检验这条论断的实验：{title}',
  runAgain: '再次运行',
  runAgainOne: '再次运行检验这条论断的实验：{title}',
  phase: {
    waiting: '排队等待中',
    running: '正在测量……',
    measured: '已测完：运行结束后给出结论',
  },
  cancel: '取消',
  progress: '正在检验 {n} 条论断',
  progressLabel: '论断运行的进度',
  verdictHere: '本机结论',
  decidedAt: '{age}得出（{when}）',
  openRuns: '查看这条结论所依据的运行',
  openRunsOf: '查看这条结论所依据的运行：{title}',
  cancelled: '已取消。运行已完成的论断得到了新结论，其余论断保留原来的结论。',
  original: '教程原文',
  translation: '英文译文',
  source: '出处：教程 {file}，“{section}”',
  labelled: '{label}：',
  because: '理由',
  figures: '引用的数据',
  why: '为什么会是这样',
  testedWith: {
    cpython: '使用 CPython 自带的 API 检验（{python}）。',
    lab: '未找到 CPython 解释器：使用实验室的等效实现检验。',
  },
  evidence: '证据',
  evidenceExplain: '每根柱子是结论所比较的一个数据；有样本支持时，须线表示其 95% 置信区间。计数柱表示在多少次重复中发生。',
  columns: {
    bar: '测量项',
    value: '数值',
    interval: '95% 置信区间',
  },
  countOf: '{of} 次中 {value} 次',
  units: {
    ms: '时间（毫秒）',
    us: '时间（微秒）',
    ratio: '比值',
    count: '重复次数',
    percent: '占比（%）',
    mb: '内存（MB）',
  },
}

export default zhCN
