/**
 * lock-reentry 工作负载的中文文本（见 en-lock-reentry.ts，键相同）。
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */

export const lockReentryWorkload = {
  title: '锁的重入',
  heading: '锁的重入（Lock 与可重入锁 RLock：重入、超时、由其他线程释放）',
  intro: '有教程说可重入锁（RLock）是“在普通锁的基础上增加了一个超时功能”。三个探测，重复并计数，看它真正多了什么：持有者可以再次获取它。两种锁都支持超时。',
  describe: '每个探测重复 {repetitions} 次；探测用的 acquire 超时 {timeout} 毫秒',
}

export const lockReentryFields = {
  repetitions: { label: '每个探测的重复次数', help: '每个探测在每种锁上各运行这么多次；表格统计每次的结果。' },
  timeoutMs: { label: 'acquire 超时（毫秒）', help: '探测用的 acquire(timeout=…) 的超时。' },
  boundMs: { label: '其他等待的上限（毫秒）', help: '先获取锁、两个线程会合：等待超过这个时长就让运行失败，而不是卡住。' },
}

export default {
  lockReentry: {
    locks: {
      cpython: { lock: 'threading.Lock', rlock: 'threading.RLock' },
      lab: { lock: 'Mutex（实验室的 Lock）', rlock: 'RecursiveMutex（实验室的 RLock）' },
    },
    probes: {
      reenter: '持有者再次获取（超时 {timeout} 毫秒）',
      'other-thread': '另一个线程获取（超时 {timeout} 毫秒）',
      'foreign-release': '另一个线程释放它',
    },
    outcomes: {
      acquired: '获取成功 {n}/{of}',
      'timed-out': '超时 {n}/{of}',
      refused: '释放被拒绝 {n}/{of}',
      released: '释放被允许 {n}/{of}',
    },
    reentered: '重入成功 {n}/{of}',
    apis: {
      cpython: '使用 CPython 自带的 threading.Lock 和 threading.RLock 测试（{runtime}）。',
      lab: '使用实验室的 Mutex 和 RecursiveMutex 在工作线程中测试（{runtime}）：这些结果不是 Python 解释器得出的。',
    },
    cli: {
      title: '锁的重入——可重入锁比普通锁多了什么',
      columns: { probe: '探测', lock: '锁', runtime: '运行时', outcome: '结果', wait: '超时的等待' },
      waitNote: '“超时的等待”：超时的 acquire 实测等待时间的中位数，仅供参考；结论看计数。',
      noSharedMemory: '实验室的锁位于共享内存中，子进程没有共享内存；本实验在线程（以及 CPython 的线程）上运行',
      notMeasured: '{runtime}：未测量：{reason}',
    },
    view: {
      none: '还没有探测结果。',
      tableTitle: '每个探测的结果',
    },
    explain: {
      title: '这说明了什么',
      lead: '教程中“RLock：在普通锁的基础上增加了一个超时功能”的说法两点都不对。',
      reentry: '可重入锁多出来的是重入：持有者可以再次获取它（它会计数，释放同样多次后才空闲）。普通锁不知道谁持有它：再次获取就是等待自己，最终超时；不设超时就会死锁。',
      timeout: '两者都支持超时：另一个线程持有锁时，acquire(timeout=…) 对 Lock 和 RLock 一样返回 False。',
      release: '只有属主能释放可重入锁（否则抛出 RuntimeError）；CPython 的 Lock 可以被任何线程释放。实验室的 Mutex 会记录属主，同样拒绝这种释放。',
    },
  },
}
