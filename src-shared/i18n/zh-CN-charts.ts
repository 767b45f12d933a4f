/**
 * 简体中文 chart titles and their "what this shows" paragraphs: the same keys as en-charts.ts,
 * terms from docs/glossary.md. Each paragraph explains the idea, as a Chinese tutorial would,
 * rather than following the English sentence by sentence.
 */
import type { Messages } from './messages'

const charts: Messages['charts'] = {
  showNumbers: '显示数据',
  cols: {
    medianCi: '中位数的 95% 区间',
    significance: '显著性（Holm 校正后的 p）',
    task: '同时进行的任务',
    runtime: '运行时',
    workers: '工作者数',
    median: '中位数时间',
    speedup: '加速比',
    ci: '95% 置信区间',
    vsMain: '相对主线程',
    efficiency: '效率',
    check: '结果校验',
    worker: '工作者',
    chunk: '块',
    start: '开始',
    end: '结束',
    throughput: '吞吐量',
    p50: 'p50',
    p90: 'p90',
    p99: 'p99',
    max: '最大值',
    mechanism: '传递机制',
    payload: '消息大小',
    variant: '测量项',
    rss: 'RSS',
    heap: '已用堆',
    perOp: '每次往返',
    switches: '每次往返的上下文切换（自愿 / 非自愿）',
    factor: '每个核心',
    ideal: '理想值',
    excess: '超出部分',
    perSwitch: '每次非自愿切换的超出时间',
    samples: '样本数',
    settings: '记录的设置',
    karpFlatt: 'Karp–Flatt 串行比例',
    cpu: 'CPU 时间（用户态 + 内核态）',
    operation: '操作',
    allOps: '全部',
  },
  whatThisShows: '图中说明了什么',
  noData: '还没有测量数据。运行这个实验，或从历史记录中打开一份报告。',
  variants: {
    'cold-ready': '冷启动：到第一条消息',
    'cold-first-task': '冷启动：到第一个任务完成',
    'warm-pool': '热池：再执行一个任务',
    'futex-pingpong': '两个线程，futex',
    'futex-one-thread': '单个线程上的 futex 调用（无切换）',
    'message-pingpong': '引擎与线程，postMessage',
    'pipe-pingpong': '两个进程，管道',
    'pipe-one-thread': '单个进程内的管道调用（无切换）',
    'ipc-pingpong': '引擎与进程，IPC 通道',
    oversubscription: '超额订阅',
  },
  mechanisms: {
    'thread-clone': '线程：结构化克隆',
    'thread-transfer': '线程：转移 ArrayBuffer',
    'message-channel': '线程：MessageChannel',
    atomics: '线程：SharedArrayBuffer + Atomics',
    'process-json': '进程：JSON IPC',
    'process-advanced': '进程：advanced IPC',
    'utility-clone': '实用进程：克隆',
  },
  speedup: {
    title: '加速比与工作者数量',
    x: '工作者数',
    y: '加速比（×）',
    modeLabel: '比较对象',
    modeOwn: '各运行时自身的单工作者运行',
    modeBaseline: '主线程',
    ideal: '理想值（线性，直到 {cores} 个核心）',
    baseline: '主线程（1×）',
    fit: '{runtime}：阿姆达尔定律拟合，串行比例 {share}',
    fitMax: '工作者再多也最多 {max}×',
    oversubscribed: '工作者多于核心',
    marks: '每个点旁边的符号是它与主线程的检验结果：+ 更快，− 更慢，≈ 没有明显差别，? 重复次数太少，无法判断。空心点：工作者多于核心。',
    fitNa: '{runtime}：没有阿姆达尔定律拟合（{why}）。',
    explainFor: {
      'file-io':
        '每条线表示：随着工作者增加，每秒完成的文件工作（先写文件，再读回来）是同一运行时单个工作者时的多少倍。文件 I/O 大部分时间在等待：等磁盘、等页缓存、等 libuv 的线程池（每个进程一次最多运行 UV_THREADPOOL_SIZE 个异步文件调用）。所以曲线可能在核心还远没有忙满时就不再上升，而主线程上同时进行的异步任务也能跟上线程和进程。灰色虚线是 CPU 密集型任务的理想值，I/O 很少沿着它走。误差线是中位数之比的 95% 区间。',
      'network-fetch':
        '每条线表示：随着工作者增加，每秒完成的对本机回环服务器的请求数是同一运行时单个工作者时的多少倍。一个请求的大部分时间都在等服务器应答，所以限制加速比的是服务器、套接字和事件循环，而不是核心数；一个让许多请求同时进行的线程（main-async）往往和线程、进程做得一样好。灰色虚线是 CPU 密集型任务的理想值，以等待为主的任务很少沿着它走。误差线是中位数之比的 95% 区间。',
    },
    explain:
      '每条线表示：随着工作者增加，同样多的工作快了多少倍。灰色虚线是理想情况：工作者翻倍，速度也翻倍，直到所有核心都忙起来；超过之后，多出来的工作者只能轮流使用同样的核心。细曲线是按你的数据点拟合的阿姆达尔定律：如果有比例为 s 的工作无法并行，加速比永远不会超过 1/s。误差线是多次重复得到的 95% 置信区间。Node 没有全局解释器锁（GIL），所以和 CPython 的线程不同，工作线程在 CPU 密集型任务上能像进程一样扩展；进程的线比线程低的地方，就是各自独立的运行时以及在它们之间复制消息的代价。与主线程相比，小于 1 的值表示池的开销超过了并行带来的收益。',
  },
  timeline: {
    title: '谁在什么时候运行了什么',
    x: '自本次重复开始的时间（{unit}）',
    worker: '工作者 {n}',
    task: '同时进行的任务 {n}',
    idle: '空闲，等待最慢的工作者',
    run: '运行',
    point: '工作者数',
    spread: '第一个工作者在 {first} 完成，最后一个在 {last}：其余工作者平均等待了 {idle}。',
    explain:
      '每一行是一个工作者，每一段条形是一块工作，从工作者开始处理它到处理完为止，取自最后一次测量的重复。如果各行结束的时间不同，说明有的工作者已经闲下来，而其他工作者还在忙（灰色条形）：这就是负载不均衡，无论有多少核心，它都会限制加速比。用静态分块配合试除法时，计算量沿着区间越来越大，拿到最后一块的工作者会比其他人晚很久才完成；动态分块则从队列里分发小块，大家几乎同时完成。',
    explainFor: {
      'file-io':
        '每一行是一个工作者（对 main-async 来说，是唯一的引擎线程上同时进行的一个任务），每一段条形是一个任务：写它的文件再读回来，取自最后一次测量的重复。各行结束时间不同，说明有的工作者在等待，而其他工作者还有文件操作在排队，通常是排在 libuv 线程池或磁盘后面。任务是一个一个分发的，所以一次慢的磁盘操作只会拖慢一行，而不是固定的一份工作。',
      'network-fetch':
        '每一行是一个工作者（对 main-async 来说，是唯一的引擎线程上同时进行的一个任务），每一段条形是一个任务：它向本机回环服务器发出的请求和收到的应答，取自最后一次测量的重复。空隙和参差的结尾反映的是在等服务器和套接字，而不是在计算：即使只有一个核心，各行在时间上也会重叠，这就是没有并行的并发。',
    },
  },
  throughput: {
    title: '吞吐量与工作者数量',
    x: '工作者数（main-async 为同时进行的任务数）',
    y: '吞吐量（{unit}）',
    explain:
      '随着工作者增加，每秒完成了多少工作。I/O 密集型任务的大部分时间都在等待磁盘或网络，而不是在计算，所以一个让许多操作同时进行的线程（main-async：事件循环加 Promise.all）也能跟上线程和进程。这就是没有并行的并发，也检验了“线程用于 I/O、进程用于 CPU”这一说法：在你的机器上把两者都测一测。曲线变平的地方，瓶颈在设备、服务器或 libuv 的线程池（UV_THREADPOOL_SIZE），而不在核心数。',
  },
  ioLatency: {
    title: '每个操作的延迟',
    x: '工作者数',
    y: '延迟（{unit}）',
    explain:
      '一个操作（一次文件写入或读取、一个请求）花了多长时间：中位数（p50），以及一百次里最慢的那一次（p99）。增加工作者只能在它们开始争抢同一资源之前提高吞吐量；从那以后，每个操作都要等得更久，而 p99 最先变大。',
  },
  ipc: {
    title: '不同消息大小的往返延迟',
    x: '消息大小',
    y: '往返时间（{unit}）',
    percentile: '百分位数',
    explain:
      '一条消息发到另一端再返回所需的时间，按消息大小和传递机制分别画出，两个坐标轴都是对数刻度。小消息反映的是唤醒另一端的固定开销；大消息反映的是复制和序列化的代价：结构化克隆和 JSON 随消息变大而变慢，转移 ArrayBuffer 无需复制就把它交给对方，而基于 SharedArrayBuffer 的 Atomics 根本不发送消息。这相当于 Python 中 Queue 和 Pipe 的实验版本，也检验了“消息传递比共享内存慢”这一说法。',
  },
  spawn: {
    title: '启动开销',
    y: '时间（{unit}）',
    explain:
      '启动一个工作者直到它应答第一条消息所需的时间（冷启动），与把一个任务交给已在运行的工作者（热池）相比较。进程是一个新的操作系统进程，拥有自己的运行时；线程是同一进程里的一个新的 V8 isolate。冷启动和热池之间的差距，正是池存在的理由：启动的代价只付一次，然后重复使用工作者，就像 Python 的 Pool 和 forkserver 那样。',
  },
  memory: {
    title: '每个工作者的内存',
    y: '每个工作者的内存（{unit}）',
    rss: '常驻内存（RSS）',
    heap: 'V8 已用堆',
    method: '测量方式',
    measured: '测量的工作者数',
    methods: {
      'process-rss-delta': '每启动一个线程，实验室进程增长的内存',
      'child-rss': '每个子进程自己报告的 RSS',
    },
    explain:
      '每多一个工作者会增加多少内存。对线程来说，是每启动一个线程实验室自身进程增长的内存；对进程来说，是每个子进程自己报告的常驻内存。共享库的内存页会计入每一个子进程，所以把子进程的数字加起来会高估它们的总开销。在这里可以在你自己的机器上检验“进程比线程更耗资源”这一说法。',
  },
  switches: {
    title: '乒乓往返：线程与进程',
    y: '往返时间（{unit}）',
    perRoundTrip: '每次往返',
    categories: {
      pair: '两个工作者之间的乒乓往返',
      self: '同样的调用，单个线程（无切换）',
      message: '运行时消息（引擎与工作者）',
      perf: 'perf bench sched pipe',
    },
    reference: '外部参照',
    explain:
      '两个工作者来回传递一个令牌；每次往返，操作系统都要两次暂停一个、启动另一个（两次上下文切换），再加上传递机制本身的开销。线程之间的等待用的是 futex（Atomics.wait 和 notify）；进程之间用的是管道或 IPC 通道，会多出系统调用和复制。这检验了“进程切换比线程切换昂贵得多”这一说法。如果安装了 perf，perf bench sched pipe 会用 C 语言测量同样的乒乓往返，作为外部参照。',
  },
  oversubscription: {
    title: '超额订阅：超出理想值的时间',
    x: '每个核心的忙碌工作者数',
    y: '时间（{unit}）',
    measured: '实测',
    ideal: '理想值（K × 每核一个时的时间）',
    withinNoise: '在噪声范围内（±{noise}）',
    withinNoiseUnknown: '在噪声范围内',
    explain:
      '每个忙碌的工作者都需要一整个核心，每个核心分到 K 个。每核一个时，每个工作者独占一个核心；更多时，操作系统让它们分时运行，所以理想时间是每核一个时的 K 倍。条形高出理想值的部分就是超出部分：在工作者之间切换、以及每次切换后重新填充变冷的缓存所损失的时间。在能统计非自愿上下文切换的平台上，表格会把超出部分除以切换次数。',
  },
  stats: {
    interval: '[{lo}–{hi}]',
    range: '范围 {lo}–{hi}，n={n}（{why}）',
    na: '不适用',
    naWhy: '不适用（{why}）',
    against: '{runtime} ×{workers}',
    verdictLine: '对比 {against}：{verdict}（p = {p}）',
    verdicts: {
      faster: '更快',
      slower: '更慢',
      'no-clear-difference': '没有明显差别',
      'too-few-repetitions': '重复次数太少，无法判断',
    },
    why: {
      'few-samples': '重复少于 5 次：没有区间，改为给出样本的范围',
      'reference-itself': '这个点本身就是参照',
      'one-worker': '只有一个工作者',
      'no-speedup': '没有加速',
      superlinear: '加速比超过工作者数',
      oversubscribed: '工作者多于核心',
      'no-reference': '没有单工作者的点',
      'too-few-points': '在 1 个工作者和核心数之间的点太少',
      'speedup-out-of-range': '没有介于 1 和工作者数之间的加速比',
    },
  },
  compare: {
    title: '相对于基准的速度',
    explain:
      '每台机器是一条序列：每个点上，基准机器的时间除以这台机器的时间，并附上 95% 置信区间。大于 1 表示这台机器比基准快，小于 1 表示更慢；基准本身为 1。只画出用相同设置测量的点。',
    y: '比值（基准时间 / 本机时间）',
  },
}
export default charts
