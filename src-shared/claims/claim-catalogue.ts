/**
 * The claim catalogue (issue 18): per claim where the tutorial says it (a file of
 * ../shared/seeds/ and its section), the tutorial's own Chinese words (data: shown quoted, never
 * translated here; the English rendering is `claims.claim.<id>.quote` in en-claims-texts.ts), the
 * experiments that settle it, whether times (intervals, significance tests) or counts over
 * repetitions decide it, and whether it is about a Python API. A Record keyed by ClaimId: a new
 * claim does not compile without its entry (and, in the engine, its plan and its rule).
 * No zod here: the renderer's first chunk may import it.
 */
import type { WorkloadName } from '../workloads'
import type { ClaimId } from './claim-ids'

export const SEED_FILES = [
  '000_bb70cca00a1570ce.txt',
  '001_ddd8ea8a855f9897.txt',
  '002_5c77e9381c4709dc.txt',
  '003_f8b634e8ed71ade9.txt',
  '004_cb0b5d9eb32c58f6.txt',
] as const
export type SeedFile = (typeof SEED_FILES)[number]

export interface ClaimSource {
  file: SeedFile
  /** The tutorial's heading the words sit under, as it wrote it. */
  section: string
}

export interface ClaimEntry {
  sources: readonly [ClaimSource, ...ClaimSource[]]
  /** The tutorial's words, verbatim (shortened with "……" only), one quote per source passage. */
  original: readonly [string, ...string[]]
  workloads: readonly [WorkloadName, ...WorkloadName[]]
  /** `times`: decided by intervals and significance tests; `counts`: by outcomes over R repetitions. */
  decidedBy: 'times' | 'counts'
  /** About a Python API (tested with CPython's own where an interpreter is found, else the lab's equivalent). */
  pythonApi: boolean
}

const F0 = SEED_FILES[0]
const F1 = SEED_FILES[1]
const F2 = SEED_FILES[2]
const F3 = SEED_FILES[3]
const F4 = SEED_FILES[4]

export const CLAIM_CATALOGUE: Record<ClaimId, ClaimEntry> = {
  'spawn-cost': {
    sources: [{ file: F3, section: '2. **开销**' }],
    original: ['创建进程需要分配独立的内存、打开文件等系统资源，开销较大。', '创建线程只需在所属进程的内存空间内进行少量资源分配，开销较小。'],
    workloads: ['spawn'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'switch-cost': {
    sources: [{ file: F0, section: '### 1.进程切换开销较大' }, { file: F3, section: '### 总结' }],
    original: ['因为创建、撤销进程时都需要销毁当前进程的所有资源并加载新进程的所有资源，因此进程切换代价非常高。', '线程间的切换开销较小'],
    workloads: ['context-switch'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'switch-10ms': {
    sources: [{ file: F2, section: '# 1.背景介绍' }],
    original: ['如果某个进程中有10个线程，每个线程执行1秒，那么单独的一个线程切换需要耗费10毫秒左右'],
    workloads: ['context-switch'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'multicore-idle': {
    sources: [{ file: F0, section: '### 1.进程切换开销较大' }],
    original: ['在多核CPU上，频繁切换线程会严重影响性能，因为同一时间只有一个CPU处于运行状态，其他CPU都处于空闲状态。'],
    workloads: ['prime'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'threads-cpu': {
    sources: [{ file: F1, section: '## 2.3.GIL（Global Interpreter Lock）' }, { file: F3, section: '3. **并发性**' }],
    original: ['GIL对多线程并发造成了巨大的限制，不能利用多核优势。', '由于 GIL 的存在，Python 中的多线程在 CPU 密集型任务中并不能充分利用多个核心。'],
    workloads: ['prime'],
    decidedBy: 'times',
    pythonApi: true,
  },
  'cpu-processes': {
    sources: [{ file: F3, section: '2. **适合使用多进程的情况**' }],
    original: ['**CPU 密集型任务**：多进程可以利用多核心 CPU 实现真正的并行计算，充分发挥硬件性能。'],
    workloads: ['prime'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'io-threads': {
    sources: [{ file: F3, section: '1. **适合使用多线程的情况**' }],
    original: ['**I/O 密集型任务**：如网络请求、文件读写等。线程共享内存，切换开销小，在等待 I/O 操作完成的时间内可以切换到其他线程执行，提高整体效率。'],
    workloads: ['network-fetch', 'file-io'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'io-processes': {
    sources: [{ file: F0, section: '### 3.并发控制复杂' }],
    original: ['多进程编程模型在分布式环境下应用更加广泛，尤其适合I/O密集型或网络通信密集型的应用程序。'],
    workloads: ['network-fetch'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'async-io': {
    sources: [{ file: F1, section: '## 3.4.异步编程' }, { file: F1, section: '## 3.7.异步IO与回调函数' }],
    original: ['异步编程允许我们启动一个任务，然后继续做其他的事情，等到得到结果再处理。它依赖于回调函数和事件循环模型，因此也称为非阻塞I/O模型。', '异步IO就是把耗时的IO操作交给别的线程去做，然后用回调函数通知调用者，这样就实现了非阻塞。'],
    workloads: ['network-fetch'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'gil-io': {
    sources: [{ file: F3, section: '#### 14.3.6 GIL' }],
    original: ['对于 I/O 密集型任务，GIL 的影响较小，但对于 CPU 密集型任务，它会成为性能瓶颈。'],
    workloads: ['network-fetch'],
    decidedBy: 'times',
    pythonApi: true,
  },
  'gil-no-race': {
    sources: [{ file: F1, section: '## 2.3.GIL（Global Interpreter Lock）' }],
    original: ['保证了同一时刻只有一个线程在执行Python字节码，从而避免了多线程同时执行时可能产生竞争条件或者其他的意想不到的错误。'],
    workloads: ['race'],
    decidedBy: 'counts',
    pythonApi: true,
  },
  'race-lock': {
    sources: [{ file: F0, section: '### 2.工作原理' }],
    original: ['由于两个线程并发地调用了该方法，因此需要通过锁机制来避免数据竞争。'],
    workloads: ['race'],
    decidedBy: 'counts',
    pythonApi: false,
  },
  'process-no-race': {
    sources: [{ file: F0, section: '### 2.工作原理' }],
    original: ['由于每个进程都有自己的数据栈和程序计数器，因此它们之间相互独立，不共享内存，也就不存在数据竞争问题。'],
    workloads: ['race'],
    decidedBy: 'counts',
    pythonApi: false,
  },
  'shared-vs-messages': {
    sources: [{ file: F3, section: '5. **通信**' }],
    original: ['进程间通信（IPC）相对复杂，需要使用特殊的机制，如管道、消息队列、共享内存等。', '线程间通信比较简单，因为它们共享内存，可以直接访问共享变量。'],
    workloads: ['shared-vs-messages'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'pool-reuse': {
    sources: [{ file: F1, section: '## 3.1.进程池（Process Pool）' }],
    original: ['使用进程池可以避免频繁地创建进程，减少系统开销。'],
    workloads: ['pool-reuse'],
    decidedBy: 'times',
    pythonApi: false,
  },
  'crash-isolation': {
    sources: [{ file: F3, section: '4. **独立性**' }, { file: F0, section: '### 2.工作原理' }],
    original: ['进程之间相互独立，一个进程的崩溃通常不会影响其他进程。', '同一进程中的线程之间相互影响，一个线程出现问题可能导致整个进程崩溃。'],
    workloads: ['crash-isolation'],
    decidedBy: 'counts',
    pythonApi: false,
  },
  'rlock-timeout': {
    sources: [{ file: F1, section: '## 3.5.Python中的锁机制' }],
    original: ['带超时功能的锁（RLock）：在普通锁的基础上增加了一个超时功能。如果在指定的时间内没有获得锁，那么线程就会抛出一个异常。'],
    workloads: ['lock-reentry'],
    decidedBy: 'counts',
    pythonApi: true,
  },
  deadlock: {
    sources: [{ file: F4, section: '#### 死锁' }],
    original: ['多个任务正在等待必须由另一线程释放的某个共享变量才能继续运行，比如A线程、B线程、C线程形成A等B、B等C、C等A，造成闭环死锁。'],
    workloads: ['deadlock'],
    decidedBy: 'counts',
    pythonApi: false,
  },
  daemon: {
    sources: [{ file: F4, section: '## 守护进程/线程' }],
    original: ['在创建进程/线程时，可以设置`daemon`属性为`True`，这样创建的进程/线程会随着主进程/线程的退出而退出。'],
    workloads: ['daemon'],
    decidedBy: 'counts',
    pythonApi: true,
  },
}
