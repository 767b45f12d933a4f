/**
 * 简体中文：`primitives` 实验的文字（与 en-primitives.ts 同键，术语见 docs/glossary.md）。
 */
import type { Messages } from './messages'

const parts = {
  semaphore: '信号量',
  event: '事件',
  condition: '条件变量',
  barrier: '屏障',
  queue: '有界队列',
}

const primitives: Messages['primitives'] = {
  parts,
  fields: {
    parts: { label: '部分', help: '要运行哪些同步原语：信号量、事件、条件变量、屏障和有界队列。' },
    threads: { label: '线程数', help: '信号量和屏障两部分的线程数；信号量的上限从 1 取到这个数。' },
    acquiresPerThread: { label: '每个线程的获取次数', help: '在每个信号量上限下，每个线程做多少次获取与释放。' },
    sectionSpins: { label: '信号量内的工作（忙循环步数）', help: '持有许可期间做的工作。' },
    waiters: { label: '事件的等待者数量', help: '用逗号分隔，例如 1, 2, 4：在同一个事件上等待的线程数；每个数量是一个点。' },
    items: { label: '数据项', help: '经过条件变量的缓冲区和每个队列的数据项数量。' },
    capacities: { label: '队列容量', help: '用逗号分隔，例如 1, 16, 256（maxsize）；条件变量的缓冲区取其中最小的一个。' },
    barrierPhases: { label: '屏障阶段数', help: '每个线程要经历的阶段数；每个阶段结束时，所有线程都要等最慢的那个。' },
    phaseSpins: { label: '每阶段的工作（忙循环步数）', help: '一个阶段中最轻的那份工作；其他线程最多做到它的线程数倍，所以工作量不均。' },
    waitTimeoutMs: { label: '最长等待（ms）', help: '任何一次等待阻塞超过这个时长，这一部分就以超时失败：不会卡住。' },
  },
  options: { parts },
  mechanisms: {
    'shared-queue': '共享内存队列（线程之间）',
    'message-port': 'MessagePort（引擎到线程）',
    ipc: 'IPC（引擎到进程）',
  },
  threadsOnly: '仅限线程：Node 的进程之间不借助原生代码就无法共享内存，所以这里不存在进程之间的{part}（只有队列有进程版本，即通过 IPC 传递消息）',
  table: {
    title: '同步原语',
    semaphore: '信号量：最多允许 limit 个线程同时进入',
    semaphoreColumns: { limit: '上限', threads: '线程数', maxInFlight: '同时在内最多', median: '中位数时间', perSecond: '每秒获取次数' },
    event: '事件：从 set() 到每个等待者醒来的时间',
    eventColumns: { waiters: '等待者', p50: '唤醒 p50', p99: '唤醒 p99', max: '唤醒最大值', median: '中位数时间' },
    condition: '条件变量：一个生产者、一个消费者、一个有界缓冲区',
    conditionColumns: { capacity: '缓冲区', items: '数据项', perSecond: '每秒数据项', producerWaits: '生产者等待次数', consumerWaits: '消费者等待次数', once: '恰好取走一次' },
    barrier: '屏障：每个阶段都要等最慢的线程',
    barrierColumns: { phase: '阶段', phaseMs: '阶段耗时', slowest: '最慢的线程', waits: '各线程等待时间（ms）' },
    queue: '有界队列：不同容量下每秒传递的数据项',
    queueColumns: { mechanism: '机制', capacity: '容量', perSecond: '每秒数据项', median: '中位数时间', once: '恰好收到一次' },
    notMeasured: '{runtime}：未测量{part}（{reason}）',
    checked: '信号量从未放进超过上限的线程，每个等待者都被唤醒，每个数据项恰好被取走一次，屏障的各代从未混在一起',
    belowLimit: '注意：上限为 {limit} 时，同时在内的线程最多只有 {max} 个（线程重叠得不够，没有把名额占满）',
  },
  charts: {
    semaphore: { title: '信号量内同时最多有几个线程（按上限）', x: '上限（Semaphore 的 value）', y: '同时在内的最多线程数', limitLine: '上限' },
    event: { title: 'set() 之后的唤醒延迟（按等待者数量）', x: '等待者', p50: '中位数', p99: 'p99', y: '延迟（µs）' },
    barrier: { title: '每个线程在每个阶段于屏障处的等待', x: '阶段', y: '等待（ms）', thread: '线程 {n}' },
    queue: { title: '队列吞吐量（按容量）', x: '容量（maxsize）', y: '每秒数据项' },
    condition: { title: '条件变量上的生产者与消费者', perSecond: '每秒 {value} 个数据项', waits: '生产者等待了 {producer} 次，消费者等待了 {consumer} 次' },
  },
  whatThisShows: {
    semaphore:
      'threading.Semaphore(value) 与 BoundedSemaphore（有界信号量）：同一时刻最多有 value 个线程持有许可，其余线程在 acquire() 里阻塞，直到有线程 release()。实验用一个原子计数器数出同时在内的线程：观察到的最大值应当等于上限，一旦超过，这次运行就判为失败。可以预期：上限增大时吞吐量随之上升，到达核心数后趋于平缓。',
    event:
      'threading.Event：wait() 会一直阻塞，直到另一个线程调用 set()，随后所有等待者一起醒来。设置者记下设置的时刻，每个等待者记下自己醒来的时刻。可以预期：只有一个等待者时是几十微秒；等待者多时，最后一个醒得更晚，因为操作系统是一个接一个地唤醒它们，而同时能运行的线程数不超过核心数。',
    condition:
      'threading.Condition：wait() 先释放它的锁再睡眠，直到被 notify() 唤醒。典型用法就是生产者与消费者共用一个有界缓冲区：满了生产者等，空了消费者等。每个数据项都必须恰好被取走一次（已检查）。可以预期：缓冲区小时等待次数很多，缓冲区变大后每秒处理的数据项增多。',
    barrier:
      'threading.Barrier(parties)（教程里也叫“栅栏”）：每个线程在屏障处等待，直到所有线程都到达，然后一起进入下一阶段（新的一代）。各线程工作量不均时，最慢的线程决定节奏：它等得最少，其他线程都在等它。任何线程都不能在所有线程完成上一阶段之前进入下一阶段（已检查）。',
    queue:
      '线程之间的 queue.Queue(maxsize)，进程之间的 multiprocessing.Queue / JoinableQueue：队列满时 put() 会阻塞。这里比较三种方式：两个线程之间的共享内存队列、发往线程的 MessagePort、发往进程的 IPC，每种最多允许 capacity 个数据项在等待。可以预期：容量为 1 时最慢（每个数据项都要交接一次），三者中 IPC 最慢。每个数据项都恰好收到一次（已检查）。',
  },
  lanes: {
    semaphore: '{part} · {threads} 个线程 · 上限 {limit}',
    event: '{part} · {threads} 个线程 · {waiters} 个等待者',
    condition: '{part} · 生产者与消费者 · 缓冲区 {capacity}',
    barrier: '{part} · {threads} 个线程 · {phases} 个阶段',
    queue: '{part} · {mechanism} · 容量 {capacity}',
    caption: '跟踪的数据点：{label}。每个部分为一个数据点额外跟踪一轮（信号量取略低于最大上限的值，事件取等待者最多的情况，队列取共享内存队列的最小容量），不计入任何数据；运行过程中图表依次跟随各个部分，结束后屏幕为每个部分各保留一条时间线。',
    what: '每一行是跟踪那一轮中的一个线程。信号量：持有许可，或阻塞在 acquire() 中，同一时刻最多 limit 行持有许可。事件：等待者停在 wait() 中，直到 set() 把它们全部唤醒。条件变量：缓冲区空时消费者等待，满时生产者等待，其间各自持有条件变量的锁。屏障：每一行都在屏障处等到最慢的那个到达，然后一起继续。队列：队列满时生产者阻塞在 put() 中，空时消费者阻塞在 get() 中。MessagePort 和 IPC 队列不使用共享的同步原语，不做跟踪。',
  },
  view: {
    intro: '每个部分都在共享内存的工作线程上运行；进程运行只测量队列，通过 IPC 传递。',
    noFigures: '这些结果里没有测量这一项。',
    threadsOnlyPart: '{part}：仅限线程。Node 的进程之间不借助原生代码就无法共享内存。',
  },
}

export default primitives
