/**
 * 简体中文 texts of runs as they go and end: runtime names, states, phases, the run queue, the result
 * panel.
 * The same keys as en-runs.ts; the root catalogue (zh-CN.ts) spreads them in.
 */
import type { Messages } from './messages'

const zhCN: Pick<Messages, 'runtimes' | 'states' | 'phases' | 'queue' | 'result'> = {
  runtimes: {
    main: '主线程',
    'main-async': '主线程（异步）',
    thread: '工作线程',
    process: '子进程',
    utility: '实用进程（utility process）',
    'py-thread': 'CPython 线程',
    'py-process': 'CPython 进程',
    'py-async': 'CPython 异步（asyncio）',
  },
  states: {
    queued: '排队中',
    running: '运行中',
    completed: '已完成',
    aborted: '已中止',
    failed: '失败',
    'partly-failed': '部分失败',
  },
  phases: {
    prepare: '准备中',
    overhead: '测量开销中',
    warmup: '预热中',
    measure: '测量中',
    cleanup: '清理中',
  },
  queue: {
    title: '运行队列',
    empty: '队列为空。选好设置后点击「运行」。',
    clear: '清除已结束的',
    cancel: '取消',
    cancelling: '正在取消…',
    workers: '{n} 个工作者',
    repetition: '第 {k} 次重复，共 {n} 次',
    eta: '大约还剩 {eta}',
    estimating: '正在估算剩余时间…',
    waiting: '等待中：上面的任务组结束后开始',
    lost: '已丢失：这个任务组运行时实验室引擎停止了。',
    progressOf: '{label} 的进度',
  },
  result: {
    context: '背景信息',
    showing: '当前显示',
    live: '实时：{label}',
    none: '这个实验还没有结果。',
    allFailed: '所有运行时都失败了：{message}',
    importedNote: '“{name}”是在另一台机器上测量的（见“本报告的机器”）。',
    backToOwn: '显示我最近一次运行',
    warningSuite: '整个任务组',
    warningAt: '{where}，{n} 个工作者',
    warningWhere: '（适用于：{list}）',
    listSeparator: '、',
    skipped: '这些运行未使用的设置',
    runError: '{runtime}：{message}',
    warnings: '警告',
    unavailable: '这台机器上未测量',
    export: '导出',
    exportAs: '导出为 {format}',
    includeHostname: '包含主机名',
    exported: '已下载 {file}。',
    savedTo: '已保存到 {path}。',
  },
}
export default zhCN
