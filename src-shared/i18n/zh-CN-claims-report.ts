/**
 * `conlab claims`（`cli`）以及导出、文本表格和 `conlab compare` 中论断部分（`report`）的中文文本。
 * 键与 en-claims-report.ts 相同。
 */
import type { Messages } from './messages'

const zhCN: Pick<Messages['claims'], 'cli' | 'report'> = {
  cli: {
    description: '在本机检验教程中的论断：运行检验它们的实验，为每条论断给出结论，并写出报告。',
    list: '列出论断（编号、标题、原文、出处），不运行任何实验',
    only: '只检验这些论断，用逗号分隔的编号（默认：全部论断，即工作坊预设）',
    json: '在标准输出打印 JSON 报告，代替结论表',
    out: '把报告写入此文件；扩展名决定格式：.json、.md、.html、.csv 或 .pdf，除 .json 外还会在旁边写出 JSON 报告（x.html 与 x.json）（默认：reports/conlab-<时间>.json）',
    includeHostname: '在 --out 文件中写出本机的主机名；默认不写',
    python: 'CPython 相关论断使用的 Python 解释器（默认：找到的每个 Python 3.8+）；可重复指定多个',
    unknownClaim: '--only 中的论断“{value}”不存在；可选的论断有：{ids}',
    emptyOnly: '--only 至少需要一个论断编号；可选的论断有：{ids}',
    badOut: '无法从 --out {path} 判断格式：请使用以下扩展名之一：{extensions}',
    planned: '正在用 {configs} 组实验配置检验 {claims} 条论断；按 Ctrl-C 取消。',
    listSource: '出处：{source}',
    verdictsTitle: '本机上的结论',
  },
  report: {
    title: '论断',
    intro: '教程怎么说，本机测得了什么。每个结论都来自下面各次运行的置信区间和显著性检验，而不是单个中位数。',
    claim: '论断',
    verdict: '结论',
    why: '理由与数据',
    original: '原文',
    translation: '英文译文',
    because: '理由',
    figures: '数据',
    source: '出处',
    sourceItem: '教程 {number}，“{section}”',
    sourceSeparator: '；',
    noFigures: '无数据',
    testedWithCpython: '使用 CPython 自身的 API 检验（{python}）',
    testedWithCpythonAny: '使用 CPython 自身的 API 检验',
    testedWithLab: '使用本实验室的等效实现检验（未找到 Python 解释器）',
    evidence: '证据，单位：{unit}',
    evidenceOf: '{of} 次中 {value} 次',
    units: { ms: '毫秒', us: '微秒', ratio: '倍', count: '次', percent: '%', mb: 'MB' },
    compareTitle: '各台机器上的论断',
    compareIntro: '每台机器得出的结论。同一论断在一台机器上成立、在另一台上不成立时会被标出：这种差异本身就是发现，而不是错误。',
    notRun: '未运行',
    differs: '结论不同',
  },
}

export default zhCN
