/** 简体中文 texts of the locks area: the same keys as en-locks.ts, terms from docs/glossary.md. */
import type { Messages } from './messages'

const waits = { spin: '自旋', block: '阻塞', 'spin-then-block': '先自旋后阻塞' }
const orders = { fifo: 'FIFO（排队票号）', barging: '插队（barging）' }

const zhCN: Messages['locks'] = {
  threadsOnly: '仅限线程：锁存放在所有线程都能看到的内存里，而 Node 的进程之间不借助原生代码就无法共享内存。请在工作线程上运行；进程改用什么，请看“共享内存与消息传递”实验。',
  waits,
  orders,
  fields: {
    threads: { label: '线程数', help: '用逗号分隔，例如 1, 2, 4：1 表示无争用；核心数的两倍可以看到超额订阅的影响。' },
    waits: { label: '等待方式', help: '锁被占用时线程如何等待：自旋（占着核心空转）、阻塞（在内核中休眠），或先短暂自旋再阻塞。' },
    orders: { label: '移交顺序', help: 'FIFO 把释放的锁交给等得最久的线程；插队则让最先来抢的线程拿走。' },
    criticalWork: { label: '临界区长度（忙循环步数）', help: '用逗号分隔，例如 0, 200：持有锁期间做的工作。' },
    outsideWork: { label: '锁外的工作（忙循环步数）', help: '每个线程在两次获取之间做的工作。' },
    acquisitions: { label: '每次重复的获取次数', help: '所有线程合计：它们争抢这些次数，谁拿到多少就是公平性的数据。' },
    maxRepetitionMs: { label: '每次重复的时间上限（ms）', help: '超过这个时长就提前结束这次重复；已完成的部分照样计入。' },
  },
  options: { waits, orders },
  cli: {
    title: '锁：每次获取+释放的开销，以及谁拿到了锁',
    columns: {
      runtime: '运行时',
      threads: '线程数',
      mode: '顺序 / 等待',
      critical: '临界区工作',
      cost: '每次获取+释放的开销',
      harness: '测量框架',
      fairness: '公平性（Jain）',
      shares: '最大 / 最小份额',
      waitP99: '等待 p99',
    },
    mode: '{order} / {wait}',
    interval: '{median} [{lo}, {hi}]',
    range: '{median}（范围 {lo}–{hi}，n={n}）',
    over: '{threads}（超额）',
    shares: '{max} / {min}',
    note: '开销 = 墙钟时间 / 获取次数（中位数及其 95% 区间；少于 5 次重复时给出范围）；测量框架 = 不加锁的同一循环。公平性 1 = 份额相等，1/线程数 = 一个线程拿走全部。',
    truncated: '{mode}，{threads} 个线程，临界区工作 {critical}：有 {n} 次重复达到时间上限（其获取次数照样计入）',
    notMeasured: '{runtime}：未测量。{reason}',
    checked: '互斥始终成立（在锁内更新的计数等于统计到的获取次数）',
  },
  view: {
    costOverThreads: '每次获取+释放的开销随线程数的变化',
    costOverThreadsNote: '临界区工作 {critical} 步。测量框架那条线是不加锁的同一循环。',
    costOverCritical: '每次获取+释放的开销随临界区长度的变化',
    costOverCriticalNote: '{threads} 个线程。',
    threadsAxis: '线程数',
    criticalAxis: '锁内的忙循环步数',
    costAxis: '每次获取+释放（{unit}）',
    harness: '测量框架（不加锁）',
    sharesTitle: '谁拿到了锁：每个线程的份额',
    sharesNote: '临界区工作 {critical} 步。公平的锁给 {threads} 个线程各 {fair}。',
    shareAxis: '获取次数的份额',
    threadLabel: '线程 {n}',
    fairness: '公平性 {jain}，最大 {max}，最小 {min}，等待 p99 {p99}',
    threadsSelect: '线程数',
    criticalSelect: '临界区工作',
    threadsOnlyTitle: '仅限线程',
    whatTitle: '这说明了什么',
    what: {
      lock: '每个点相当于 N 个线程同时像 with lock: … 那样使用 Python 的 threading.Lock：获取锁，在锁内做一点工作（临界区），释放锁，再在锁外做一点工作。实验室的 Mutex 是基于 SharedArrayBuffer 和 Atomics 手写的；threading.RLock（可重入锁）是同一种锁，只是属主（持有它的线程）可以再次获取（记录属主和计数），并不是“带超时的锁”：这里每次获取都有超时，就像 acquire(timeout=…)。',
      uncontended: '只有一个线程时锁永远不会被争用：开销就是一次比较并交换（CAS）拿锁、一次还锁，几十纳秒。线程多了，每次获取的开销随之上升：锁所在的缓存行要在核心之间来回传递，等待的线程还得被唤醒。',
      barging: '插队（谁先来谁拿）通常更快：刚释放锁的线程数据还在自己的缓存里，往往马上又拿到锁，也没人需要等一个休眠的线程醒来。但它不公平：公平性降向 1/线程数，某个线程的份额越来越大，其余线程陷入饥饿，等待 p99 会显示出来。',
      fifo: 'FIFO（排队票号锁）是公平的，每个线程的份额大致相同，但每次移交都要付出一次唤醒：排在下一位的线程必须先被调度运行，其他人才能继续。',
      spin: '当每个等待者都独占一个核心时，自旋在短临界区上胜出：等待无需进入内核就结束了。线程比核心多时它会输得很惨，FIFO 尤其如此：轮到的那个线程可能根本没在运行，自旋者却把它需要的时间片烧掉了。阻塞要付出一次系统调用和一次唤醒，但会让出核心；先自旋后阻塞试图兼得两者之长。',
    },
  },
  lanes: {
    label: '{threads} 个线程 · {order} · {wait} · 临界区工作 {critical}',
    caption: '跟踪的数据点：{label}。每个数据点额外运行一次开启跟踪的重复，不计入任何数据；运行结束后屏幕保留线程最多的那个数据点。',
    what: '每一行是跟踪那次重复中的一个线程，相当于 Python 里一个线程阻塞在 lock.acquire() 中，随后在 with lock: 里运行。持有锁、等待锁、或在锁外运行：任何时刻最多只有一行持有锁，这就是互斥。抢占模式下某一行往往长时间占着锁，其他行一直等待（饥饿）；FIFO 模式下轮次在各行之间依次轮转。跟踪会记录每一次获取和释放，所以跟踪的那次重复会慢上下方所示的开销；上面的数据只来自未跟踪的重复。',
  },
}

export default zhCN
