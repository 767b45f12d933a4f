/**
 * 崩溃隔离（issue 17）的中文文本：CLI 表格、视图、“这说明了什么”以及表单字段。键与 en-crash.ts 相同。
 */
import type { crashFields as EnFields, crashOptions as EnOptions } from './en-crash'
import type { Messages } from './messages'

export const crashFields: typeof EnFields = {
  faults: { label: '故障', help: '每种故障各在一个工作线程和一个子进程中触发一次。' },
  siblings: { label: '同伴工作者', help: '故障工作者之外的工作者，故障发生时正在执行任务：它们能完成吗？' },
  siblingMs: { label: '同伴任务时长（毫秒）', help: '每个同伴任务持续的时间；故障在它们执行期间发生。' },
  heapLimitMb: { label: '工作者堆上限（MB）', help: '线程的 resourceLimits 与进程的 --max-old-space-size：内存耗尽故障在此处停止。' },
  caseTimeoutMs: { label: '每个案例的时限（毫秒）', help: '到时仍未结束的案例会被终止，并报告为无法判定。' },
}

export const crashOptions: typeof EnOptions = {
  faults: {
    throw: '任务抛出异常（被捕获）',
    uncaught: '未捕获的异常',
    exit: 'process.exit(3)',
    oom: '内存耗尽',
    abort: 'process.abort()',
  },
}

const crash: Pick<Messages, 'crash'> = {
  crash: {
    faults: crashOptions.faults,
    kinds: { thread: '工作线程', process: '子进程' },
    verdicts: {
      'took-host-down': '崩溃的{kind}拖垮了整个进程',
      'harmed-siblings': '崩溃的{kind}殃及了同伴或池',
      'harmed-no-one': '崩溃的{kind}没有伤及任何其他部分',
      inconclusive: '无法判定：该案例未能在时限内结束',
    },
    worker: {
      ended: '已结束（{how}）',
      'task-error': '任务失败，工作者继续存活',
      'task-returned': '任务返回，工作者继续存活',
      'no-end': '未观察到结束',
      unknown: '未观察到',
    },
    yes: '是',
    no: '否',
    exitCode: '退出码 {code}',
    exitSignal: '信号 {signal}',
    cli: {
      title: '崩溃隔离——一个工作者发生故障；什么幸存了下来？',
      columns: { fault: '故障', runtime: '运行时', worker: '故障工作者', host: '宿主进程', siblings: '同伴完成数', pool: '池继续工作', verdict: '结论' },
      hostDied: '否（{how}）',
      replaced: '是（已替换）',
      note: '每个案例都在一个可牺牲的宿主进程中运行，其中的池有 {workers} 个工作者；崩溃的从来不是实验室本身。结论来自实际发生的情况，而非预先假定。',
      noHost: '崩溃宿主运行普通的 Node 工作者（线程或 fork 出的进程）；此运行时无法在其中启动',
      notMeasured: '{runtime}：未测量：{reason}',
    },
    view: {
      none: '还没有崩溃案例。',
      tableTitle: '每种故障之后什么幸存了下来',
    },
    explain: {
      title: '这说明了什么',
      lead: '教程声称：崩溃的线程会拖垮整个进程，而崩溃的进程不会伤及他人。这里每种故障都真实发生在一个实验室可以舍弃的宿主进程中，表格给出哪些部分幸存了下来。',
      thread: '工作线程与所在进程共享一切：线程中的 process.abort() 会结束整个进程，宿主和同伴一并消失。Node 会把某些故障限制在线程内：未捕获的异常、process.exit 或超出 resourceLimits 只结束该线程，池可以另起一个。',
      process: '子进程拥有自己的地址空间：无论它对自己做了什么，父进程和其他子进程都照常运行；父进程看到退出码或信号，池会替换它。',
      python: '在 Python 中也是如此：threading.Thread（段错误或 os.abort() 会结束整个解释器）对比 multiprocessing.Process（池看到 exitcode；ProcessPoolExecutor 报告 BrokenProcessPool）。',
    },
  },
}

export default crash
