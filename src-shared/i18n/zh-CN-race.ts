/**
 * 竞态实验（issue 15）的中文文本：CLI 表格、结果视图与图表、“这说明了什么”，以及表单字段
 * （由 zh-CN-forms.ts 并入 `fields`/`options`）。键与 en-race.ts 相同。
 */
import type { raceFields as EnFields, raceOptions as EnOptions } from './en-race'
import type { Messages } from './messages'

export const raceFields: typeof EnFields = {
  workerCounts: { label: '参与竞争的工作者数量', help: '用逗号分隔，例如 2, 4：每个数量、每个变体各测一个点。' },
  increments: { label: '每个工作者的自增次数（共享内存）', help: '在 unsafe、atomic 和 mutex 变体中，每个工作者加 1 的次数。' },
  messageIncrements: { label: '每个工作者的自增次数（持有者）', help: '同上，用于 get-set 和 add 变体，每次自增都是一次套接字往返。' },
  gap: { label: '读与写之间的工作量（步）', help: '读取计数器和写回之间的忙循环步数：间隔越大，其他工作者越可能在中间写入。' },
  variants: { label: '变体' },
}

export const raceOptions: typeof EnOptions = {
  variants: {
    unsafe: '不安全（读取、计算、写回）',
    atomic: 'Atomics.add',
    mutex: 'Mutex（锁）',
    'get-set': '持有者：先 get 再 set',
    add: '持有者：add 消息',
    'py-plus-equals': 'CPython 线程：counter += 1',
    'py-read-call-write': 'CPython 线程：读取、调用、写回',
    'py-lock': 'CPython 线程：with threading.Lock()',
    'py-value': 'CPython 进程：Value += 1',
    'py-value-lock': 'CPython 进程：with get_lock()',
  },
}

const race: Pick<Messages, 'race'> = {
  race: {
    variants: raceOptions.variants,
    kinds: {
      exact: '精确（已校验）',
      mayLose: '可能丢失更新',
    },
    cli: {
      title: '竞态条件——N 个工作者各自对同一个计数器加 1，共 K 次',
      columns: {
        variant: '变体',
        runtime: '运行时',
        workers: '工作者',
        expected: '期望',
        actual: '实际',
        lost: '丢失',
        lostShare: '丢失 %',
        overlap: '重叠',
        perIncrement: '每次自增 [95% 置信区间]',
      },
      note: '合计 {repeat} 次计入的重复。unsafe 或 get-set 中的丢失更新正是要观察的结果；atomic、mutex 和 add 必须精确，否则本次运行失败。重叠：所有工作者同时处于各自循环中的时间占比（只有这时才可能丢失更新）。',
      checked: '每个精确变体都达到了期望总数；没有变体超过期望总数',
      notMeasured: '{runtime}：未测量 {variants}：Node 的进程之间不借助原生代码就无法共享内存，因此对它们只有由引擎持有的计数器（get-set、add）。',
      perIncrement: '{median} [{lo}–{hi}]',
      runtimeVersion: '{runtime}（{implementation} {version}）',
    },
    view: {
      chartTitle: '每个变体的期望总数与实际总数',
      expected: '期望',
      actual: '实际（{runtime}）',
      axis: '达到期望总数的比例（%）',
      workersLabel: '{n} 个工作者',
      tableTitle: '丢失更新',
      none: '还没有竞态测量点。',
      notMeasured: '{runtime}：未测量 {variants}（进程之间没有共享内存）。',
    },
    lanes: {
      label: '{workers} 个线程 · {variant}',
      caption: '跟踪的数据点：{label}。每个数据点额外运行一次开启跟踪的重复，不计入任何数据；运行结束后屏幕保留线程最多的最后一次。',
      processes: '进程：没有时间线。每个进程都有自己的内存，没有可以与引擎共享的跟踪环形缓冲区。',
      what: '每一行是跟踪那次重复中的一个参与竞争的线程。开始时所有线程都在起跑闸门处等待（显示为屏障），以便同时开始竞争。mutex：线程等待锁，或在读取、计算、写回期间持有锁（with lock: counter += 1）。持有者变体：每次 get、set 或 add 都是一个请求加上等待持有者的回复，显示为在队列上等待。unsafe 和 Atomics.add 不用锁，也不等待任何东西：过了闸门之后这些行只有运行状态，这正是 unsafe 会丢失更新的原因。',
    },
    explain: {
      title: '这说明了什么',
      lead: '每个工作者对同一个计数器加 1，共 K 次，总数应为 工作者数 × K。若实际更小，说明发生了丢失更新：两个工作者读到同一个值，又都把它加 1 写回。',
      unsafe: 'unsafe 就是教程里多个 `threading.Thread` 不加锁执行 `counter += 1`：读取、做点计算、写回。Node 没有 GIL，线程真正同时运行，丢失通常很多。',
      atomic: 'Atomics.add 把读-改-写作为一个不可分割的步骤完成，是无锁的做法；Python 对普通整数没有直接对应的写法。',
      mutex: 'mutex 相当于用 `threading.Lock()`（或 `multiprocessing.Value` 的 `get_lock()`）写成 `with lock: counter += 1`：结果精确，代价是每次都要获取锁。',
      python:
        '在 CPython 上，竞态用教程里的原样代码运行：同一解释器的多个线程（对全局变量执行 counter += 1；先 v = counter、再调用一个函数、最后 counter = v + 1；以及把后者放进 threading.Lock）；多个进程共享一个 multiprocessing.Value（value.value += 1，不加和加 get_lock()）。不加锁的写法会不会丢失更新，取决于解释器在哪些位置让出 GIL 给别的线程：不同版本结果不同，所以每一行都标出产生它的版本。加锁的写法在每个解释器上都按精确校验。',
      owner: '这里的进程之间无法共享内存，所以计数器由引擎持有，通过本地套接字修改，就像 `multiprocessing.Manager().Value`：对代理执行 `counter.value += 1` 是先 get 再 set，会丢失更新；由持有者执行的一条 add 消息是精确的，每次都要一次往返。',
    },
  },
}

export default race
