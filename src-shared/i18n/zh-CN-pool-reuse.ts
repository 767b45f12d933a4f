/**
 * 池复用实验（issue 18）的中文文本：实验名称与一句话说明、表单字段、CLI 表格、结果视图和
 * “这说明了什么”。键与 en-pool-reuse.ts 相同。
 */
import type { poolReuseFields as EnFields, poolReuseOptions as EnOptions, poolReuseWorkload as EnWorkload } from './en-pool-reuse'
import type { Messages } from './messages'

export const poolReuseWorkload: typeof EnWorkload = {
  title: '池复用',
  heading: '池复用（每个任务一个工作者 vs 热池）',
  intro: '同样的小任务，要么每个任务启动一个工作者、做完就结束，要么交给事先启动好的池：每个任务都启动一个工作者要付出多少代价。',
  describe: '每次重复、每种方式 {tasks} 个任务，任务：{task}',
  checked: '每个任务都返回了已知的正确结果',
}

export const poolReuseFields: typeof EnFields = {
  tasks: { label: '每次重复的任务数', help: '每种方式在每次重复中运行的小任务数：每个任务启动一个工作者，或全部交给热池。' },
  task: { label: '任务', help: '每个任务做什么：什么都不做，或统计 2000 以下的素数（与 303 核对）。' },
}

export const poolReuseOptions: typeof EnOptions = {
  task: { empty: '空任务', prime: '2000 以下的素数' },
}

const poolReuse: Pick<Messages, 'poolReuse'> = {
  poolReuse: {
    ways: { 'spawn-per-task': '每个任务一个工作者', 'warm-pool': '热池' },
    cli: {
      title: '池复用：每个任务启动一个工作者 vs 热池，每个任务的开销',
      columns: { runtime: '运行时', way: '方式', perTask: '每个任务 [95% 置信区间]', ratio: '每个任务 ÷ 池 [95% 置信区间]', checked: '已回答' },
      interval: '{median} [{lo}–{hi}]',
      startMethod: '{runtime}，启动方式 {method}',
      answered: '{answered}/{expected}',
      note: '每个任务的开销 = 一次重复的实际耗时除以其中的 {tasks} 个任务；取 {repetitions} 次重复的中位数。池在计时前启动并先运行一个任务；“每个任务一个工作者”则是启动、运行一个任务、结束，全部计时。',
      checked: '每个任务都返回了已知的正确结果',
    },
    view: {
      chartTitle: '每个任务的开销（按运行时和方式）',
      axis: '每个任务（{unit}，对数刻度）',
      ratio: '{value}×',
    },
    explain: {
      title: '这说明了什么',
      lead: '教程说：使用进程池可以避免频繁地创建进程，减少系统开销（multiprocessing.Pool、concurrent.futures.ProcessPoolExecutor、ThreadPoolExecutor）。这里把同一个小任务用两种方式各运行 T 次：每个任务新建一个工作者，在任务前后启动和结束；或者一个只有一个工作者、在计时开始前就已启动的池。',
      ratio: '比值是“每个任务一个工作者”的单任务开销除以热池的单任务开销，置信区间来自按轮次配对的各次重复。区间整体大于 1，说明在这台机器上池的单任务开销更低。',
      python: '在 CPython 上运行的是教程里的原生 API：每个任务一个 threading.Thread 或 multiprocessing.Process，对比一直保持热状态的 ThreadPoolExecutor 或 ProcessPoolExecutor。进程的启动方式（fork、spawn、forkserver）对开销影响很大，所以每一行旁边都标出了启动方式。',
      threads: '线程的启动比进程便宜，所以线程池省下的更少；对进程来说，启动（一个新的解释器或运行时及其内存）占了小任务开销的大部分。',
    },
  },
}

export default poolReuse
