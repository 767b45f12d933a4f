/** 简体中文 texts of the forms: the same keys as en-forms.ts, terms from docs/glossary.md. */
import type { Messages } from './messages'
import charts from './zh-CN-charts'
import { raceFields, raceOptions } from './zh-CN-race'

/** Experiments with an area file of their own (zh-CN-locks.ts, zh-CN-primitives.ts, zh-CN-shared-vs-messages.ts, zh-CN-hazards.ts, zh-CN-crash.ts, zh-CN-starvation.ts, zh-CN-priority.ts) bring their labels from there (zh-CN.ts merges them). */
type OwnArea =
  | 'locks'
  | 'primitives'
  | 'shared-vs-messages'
  | 'deadlock'
  | 'livelock'
  | 'crash-isolation'
  | 'starvation'
  | 'priority-inversion'
  | 'pool-reuse'
  | 'lock-reentry'
  | 'daemon'
const forms: Pick<Messages, 'presets' | 'validation'> & { fields: Omit<Messages['fields'], OwnArea>; options: Omit<Messages['options'], OwnArea> } = {
  presets: {
    quick: { label: '快速一览', hint: '规模小、速度快：几秒钟先看一眼，还不足以下结论。' },
    'workshop-cpu': { label: '工作坊：CPU 密集型', hint: '完整的素数搜索扫描：主线程、线程和进程，重复 5 次。' },
    'workshop-io': { label: '工作坊：I/O 密集型', hint: '在以等待为主的任务上比较主线程、事件循环、线程和进程。' },
    imbalance: { label: '负载不均衡', hint: '试除法配合等长的静态分块：请留意时间线。' },
    spin: { label: '计算', hint: '同样的时长换成忙循环：单个事件循环无法再让它们重叠，只有多个核心可以。' },
    convoy: { label: '护航效应', hint: '一个线程反复休眠、醒来，另一个线程在旁计算：分别开启和关闭全局锁运行，比较它醒来晚了多少。' },
    workshop: { label: '工作坊', hint: '工作坊使用的设置：样本足够多，可以在机器之间比较。' },
  },
  fields: {
    any: {
      tasks: { label: '每次重复的任务数', help: '从同一个队列分发给各个工作者。' },
      samples: { label: '样本数' },
      warmup: { label: '预热轮数', help: '先运行并丢弃（JIT、缓存、缺页）。' },
    },
    common: {
      runtimes: { label: '运行时', help: '任务在哪里运行：主线程是基准。' },
      workers: { label: '工作者数量', help: '一个列表，例如 1, 2, 4，或自动扫描。' },
      repeat: { label: '重复次数', help: '每个点测量的重复次数：次数越多，置信区间越窄。' },
      warmup: { label: '预热次数', help: '在测量之前运行，不计入结果。' },
      taskTimeoutMs: { label: '任务超时（ms）', help: '运行超时的任务记为失败，并替换其工作者。' },
      serialization: { label: '子进程序列化方式', help: '发给子进程的消息如何编码。' },
      uvThreadpoolSize: { label: '子进程的 libuv 线程池大小', help: 'UV_THREADPOOL_SIZE；留空则使用默认值（4）。' },
      globalLock: { label: '全局锁（类似 CPython 的 GIL）', help: '工作者线程在同一把共享的锁下计算，每个切换间隔交接一次，等待 I/O 时释放；每个进程各有自己的锁。这说明了为什么 CPython 的线程不能加速 CPU 密集的工作。' },
      switchIntervalMs: { label: '切换间隔（ms）', help: '开启全局锁时：等待中的线程等多久后请求持有者交出锁（CPython：5 ms）。' },
      order: { label: '顺序', help: '交错：每一轮把每个点各测一次，轮次随机打乱，这样机器预热或变忙时每个点受到的影响相同。依次：一个点测完再测下一个。' },
      startMethod: { label: '启动方式', help: 'Python 的 multiprocessing 如何启动 py-process 的进程池。', unset: '解释器的默认方式' },
      seed: { label: '随机种子', help: '用于打乱测量顺序和计算置信区间；留空：随机选取一个，并随运行记录下来。' },
      cores: { label: '核心数', help: '把本次运行限制在这么多个核心上（留空：全部）。在 1 个核心上，CPU 密集的工作只能轮流执行（并发），而不是同时执行（并行），等待仍然可以重叠。' },
    },
    prime: {
      lo: { label: '起点（lo）' },
      hi: { label: '终点（hi）', help: '统计 [lo, hi) 区间内的素数。' },
      method: { label: '方法' },
      chunking: { label: '分块方式', help: '静态：每个工作者一个等长的块。动态：从队列中领取小块。' },
      chunksPerWorker: { label: '每个工作者的块数（动态）' },
    },
    'file-io': {
      files: { label: '每个任务的文件数' },
      fileSize: { label: '文件大小（字节）' },
      blockSize: { label: '块大小（字节）', help: '每次 write 或 read 调用的字节数。' },
      fsync: { label: '每个文件都 fsync', help: '让数据真正写到磁盘，而不只是停留在页缓存里。' },
      fsApi: { label: '文件 API', help: 'async 在 libuv 的线程池上运行；sync 会阻塞调用它的线程。' },
      readOnly: { label: '只读', help: '读取扫描开始前写好的文件（大多已在缓存中）。' },
      directory: { label: '目录', help: '临时文件存放的位置（默认：系统的临时文件夹）。' },
    },
    'network-fetch': {
      requests: { label: '每个任务的请求数' },
      inFlight: { label: '每个任务同时进行的请求数' },
      payloadSize: { label: '应答大小（字节）' },
      latencyMs: { label: '服务器延迟（ms）', help: '回环服务器等待这么久再应答：模拟网络等待。' },
      jitterMs: { label: '抖动（ms）' },
      seed: { label: '随机种子' },
      url: { label: 'URL（可选）', help: '改为请求这个地址，而不是回环服务器。' },
      requestTimeoutMs: { label: '请求超时（ms）' },
    },
    spawn: {
      samples: { label: '每个运行时的冷启动次数' },
      warmSamples: { label: '热池任务数' },
      memoryWorkers: { label: '为测内存而保持运行的工作者数' },
    },
    'ipc-latency': {
      mechanisms: { label: '传递机制' },
      payloads: { label: '消息大小（字节）', help: '用逗号分隔，例如 64, 1024, 65536。' },
      samples: { label: '每个点的往返次数' },
      maxMsPerPoint: { label: '每个点的时间上限（ms）' },
    },
    'context-switch': {
      rounds: { label: '每轮乒乓的往返次数' },
      oversubscription: { label: '每个核心的忙碌工作者数', help: '用逗号分隔的倍数，例如 1, 2, 4。' },
      busyIterations: { label: '忙循环长度（步数）' },
      perf: { label: '同时运行 perf bench sched pipe' },
      perfLoops: { label: 'perf 循环次数' },
    },
    race: raceFields,
    sleep: {
      ms: { label: '每个任务的时长（ms）' },
      mode: { label: '如何度过这段时间', help: '在定时器上休眠（期间线程空闲），或在一个核心上运行按该时长设定的忙循环。' },
    },
  },
  options: {
    common: {
      order: { interleaved: '交错', sequential: '依次' },
      serialization: { json: 'JSON', advanced: 'advanced（结构化克隆）', none: '无（同一线程内）', 'structured-clone': '结构化克隆', 'per-mechanism': '按机制分别记录' },
    },
    'ipc-latency': { mechanisms: charts.mechanisms },
    'file-io': { fsApi: { async: 'async（fs.promises，libuv 线程池）', sync: 'sync（阻塞线程）' } },
    sleep: { mode: { sleep: '休眠（定时器）', spin: '忙等（忙循环）', convoy: '护航（一个休眠者与忙循环并行）' } },
    race: raceOptions,
    prime: {
      method: { sieve: '埃拉托斯特尼筛法', trial: '试除法' },
      chunking: { static: '静态', dynamic: '动态' },
    },
  },
  validation: {
    wholeRange: '{field}：请输入 {min} 到 {max} 之间的整数。',
    range: '{field}：请输入 {min} 到 {max} 之间的数。',
    wholeAtLeast: '{field}：请输入不小于 {min} 的整数。',
    atLeast: '{field}不能小于 {min}。',
    above: '{field}必须大于 {min}。',
    atMost: '{field}不能大于 {max}。',
    below: '{field}必须小于 {max}。',
    tooLarge: '{field}：这个数太大了。',
    whole: '{field}必须是整数。',
    number: '{field}必须是数字。',
    required: '{field}：请填写。',
    minItems: '{field}：至少选择 {min} 项。',
    maxItems: '{field}：最多选择 {max} 项。',
    tooLong: '{field}：最多 {max} 个字符。',
    choice: '{field}：请从 {options} 中选择一项。',
    multipleOf: '{field}必须是 {step} 的倍数。',
    invalid: '{field}：不接受这个值。',
    custom: {
      primeHiAboveLo: '上界（hi）必须大于下界（lo）',
      primeTrialMax: '试除法最多只支持到 {max}（否则每次重复要花好几分钟）；请调低上界（hi）或改用筛法',
      fileIoMaxFiles: '任务数 × 文件数不能超过 {max}',
      fetchMaxRequests: '使用你自己的 URL 时，每次重复的任务数 × 请求数不能超过 {max}',
      workersOnly: '这个实验测量的是工作者：请选择线程、进程或实用进程（主线程没有可启动、可发消息或可切换的对象）',
      globalLockNotApplicable: '全局锁只适用于 prime、file-io、network-fetch、sleep 和共享状态实验（race、locks、primitives、shared-vs-messages）：其他实验自行驱动各自的线程，不使用它',
      convoyNeedsWorkers: '护航模式让一个休眠的工作者与忙碌的工作者并行：请选择 thread 或 process（在主线程上任务不会并行运行）',
    },
  },
}
export default forms
