/** 全局锁模式（issue 16）的中文文本：谁持有模拟 GIL 的泳道时间线、护航效应数据、导出报告的章节。 */
import type en from './en-global-lock'

const globalLock: typeof en = {
  lanes: {
    label: '全局锁 · {workers} 个线程',
    caption:
      '跟踪的数据点：{label}，切换间隔 {ms} ms（CPython 的 sys.getswitchinterval() 为 0.005 秒）。与 CPython 的 GIL 一样，一次运行的所有线程共用一把锁：每个数据点额外运行一次开启跟踪的重复，不计入任何数据；运行结束后屏幕保留线程最多的那个数据点。',
    captionLive: '跟踪的数据点：{label}，实时。与 CPython 的 GIL 一样，一次运行的所有线程共用一把锁；切换间隔相当于 sys.getswitchinterval()。这次重复不计入任何数据。',
    what:
      '每一行是跟踪那次重复中的一个工作者线程。暖色：它持有全局锁并在计算，就像 CPython 线程只有持有 GIL 时才能执行字节码。浅色：它在等待这把锁；等满一个切换间隔后，它请求持有者交出锁（CPython 的 drop request），持有者在下一次检查时交出。运行中：它在锁外，等待 I/O 或定时器（每次等待前后都会释放锁，如同 CPython 在阻塞调用前后所做的那样），或处于空闲。对于 CPU 密集的工作，任何时刻最多只有一行是暖色：这就是线程无法再加速它的原因。',
    processes: '进程不做跟踪：每个进程各有自己的锁，就像每个 CPython 进程各有自己的解释器和 GIL，所以没有任何交接。',
  },
  convoy: {
    title: '护航效应：I/O 线程醒来晚了多少',
    explain:
      '一个工作者反复休眠 {ms} ms，就像等待套接字的 I/O 密集线程，并测量每次醒来后晚了多久才继续运行；其他工作者在旁边自旋。没有全局锁时，定时器一到它就继续运行。有全局锁时，被唤醒的线程必须先从 CPU 密集的持有者那里拿回锁，而持有者只在被请求、且过了一个切换间隔之后才放手：每次醒来最多晚一个间隔。这就是 CPython GIL 的护航效应。',
    x: '运行时 · 工作者数',
    y: '唤醒延迟（ms）',
    median: '中位数',
    p90: '第 90 百分位',
    p99: '第 99 百分位',
    table: {
      heading: '护航效应：CPU 密集线程旁边的 I/O 密集线程',
      header: { runtime: '运行时', workers: '工作者数', lock: '全局锁', counted: '计入的唤醒次数', median: '延迟中位数（ms）', p90: '延迟 p90（ms）', p99: '延迟 p99（ms）' },
      on: '开启（{ms} ms）',
      off: '关闭',
      note: '只计入 CPU 密集工作者仍在运行时发生的唤醒；只有一个工作者时，休眠者旁边没有任何工作在运行。',
    },
  },
  report: {
    title: '全局锁（模拟 CPython 的 GIL）',
    intro: '全局锁已开启，切换间隔 {ms} ms（CPython：sys.getswitchinterval()）。一次运行的线程共用一把锁，应请求交接，并在 I/O 前后释放；每个进程各有自己的锁，所以它的数据中没有交接。',
    header: { runtime: '运行时', workers: '工作者数', handOvers: '交接次数', drops: '应请求交出次数', wait: '各工作者等待锁的时间（ms）' },
    setting: '，全局锁（切换间隔 {ms} ms）',
    lanes: '保留的跟踪重复（{label}）：各线程在各状态下的时间 —— {list}',
    laneItem: '线程 {n}：持有 {holding}，等待 {waiting}，锁外 {running}',
  },
  locks: {
    mode: '{mode}，临界区 {critical}',
    point: '{variant}，{workers} 个线程：交接 {handOvers} 次，各线程等待 {waits} ms',
    finding:
      '在全局锁下，只有持有它的线程在运行：等待互斥锁的线程休眠时会释放全局锁，自旋的线程在下一次检查时交出它，和 CPython 的 Lock 一样。每次获取现在还要等待全局锁，因此每次获取的开销和各线程的份额衡量的是两把锁合在一起的效果。',
  },
  primitives: {
    point: '{variant}：交接 {handOvers} 次，各线程等待 {waits} ms',
    finding:
      '在全局锁下，在任何同步原语上的等待都会释放它，和 CPython 一样；被唤醒的线程必须先重新拿到它才能运行：唤醒延迟包含这段等待，而同时位于信号量内的线程也不再同时计算。',
  },
  sharedVsMessages: {
    point: '{variant}，{workers} 个工作者：交接 {handOvers} 次，各工作者等待 {waits} ms',
    finding:
      '在全局锁下，线程对共享内存的更新不再同时进行：一个线程在加，其他线程在等待这把锁，每个切换间隔轮换一次。等待持有者回答时会释放锁，和 CPython 的 Queue 与套接字等待一样，所以消息方式的等待仍然可以重叠。',
  },
  race: {
    point: '{variant}，{workers} 个工作者：交接 {handOvers} 次，各工作者等待 {waits} ms',
    finding:
      '在全局锁下，线程只有持有锁时才计算，只在安全点被切换出去（另一个线程等满一个切换间隔后提出请求时）；它在互斥锁或起跑闸门上休眠时会释放全局锁，和 CPython 一样。unsafe 变体在读取与写回之间的工作中有一个安全点，正如 CPython 在“读取、调用、写回”的调用处检查切换：只有恰好落在那里的少数几次切换会丢失更新，但每一次都可能丢掉其他线程在整个间隔内加上的全部更新，所以丢失数在各次运行之间差别很大。精确的变体仍然精确。',
  },
}
export default globalLock
