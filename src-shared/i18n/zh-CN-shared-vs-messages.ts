/**
 * 简体中文：共享内存与消息传递实验的文字，键与 en-shared-vs-messages.ts 相同，术语见 docs/glossary.md。
 */
import type { Messages } from './messages'

const ways = {
  'shared-memory': '共享内存（Atomics）',
  'owner-messages': '属主工作者，消息传递',
  'main-owner': '主进程持有，经套接字',
}

const sharedVsMessages: Messages['sharedVsMessages'] = {
  ways,
  fields: {
    updaters: { label: '更新的工作者数量', help: '用逗号分隔，例如 1, 2, 4：同时更新同一个值的工作者数（N）；每个数量是一个点。' },
    updates: { label: '每个工作者的更新次数', help: '每次重复中每个工作者对这个值加 1 的次数（K），每次更新得到确认后才做下一次。' },
    ways: { label: '值的持有方式', help: '用 Atomics 的共享内存、经消息传递修改的属主工作者，或经套接字访问的主进程。' },
  },
  options: { ways },
  python: {
    'shared-memory': 'multiprocessing.Value / Array',
    'owner-messages': 'queue.Queue / multiprocessing.Queue',
    'main-owner': 'multiprocessing.Manager',
  },
  notApplicable: {
    managerThreads: 'multiprocessing.Manager 是为其他进程服务的；同一解释器的线程可以直接访问这个值（即“共享内存”方式：用 threading.Lock 保护的一个整数）。',
    sharedMemory:
      '不借助原生代码，Node 的进程之间无法共享内存，所以这里的 multiprocessing.Value 和 Array 只存在于线程之间；进程之间共享一个值，请看“主进程持有”这种方式（即 Manager）。',
  },
  cli: {
    title: '共享内存与消息传递：一次更新的代价',
    columns: {
      way: '方式',
      python: 'Python',
      runtime: '运行时',
      workers: '工作者',
      perUpdate: '每次更新耗时',
      interval: '95% 区间',
      rate: '每秒更新数',
      total: '最终值',
    },
    note: '每次更新耗时 = 一次重复的墙钟时间除以其全部更新次数（N 个工作者 × 每个 {updates} 次）；最终值逐一精确核对。',
    notApplicable: '{runtime}：{way} 不适用。{reason}',
    checked: '每个最终值都恰好等于 N × K',
  },
  chart: {
    title: '一次更新的代价（按值的持有方式）',
    y: '每次更新耗时（{unit}）',
    explain: '每根柱子是一次更新在一次重复中所占的时间：N 个工作者各自对同一个值加 1，共 K 次，每次更新完成后才做下一次。对数坐标：几种方式相差几个数量级。',
    workers: '{workers} 个工作者',
  },
  lanes: {
    label: '{workers} 个线程 · {way}',
    caption: '跟踪的数据点：{label}。每个数据点的每种方式额外运行一次开启跟踪的重复，不计入任何数据；运行结束后屏幕保留线程最多的最后一次。',
    processes: '进程：没有时间线。每个进程都有自己的内存，没有可以与引擎共享的跟踪环形缓冲区。',
    what: '每一行是跟踪那次重复中的一个客户端线程。这几种方式都不用锁，所以由客户端自己记录等待：由属主工作者或主进程持有值时，每次更新都是一个请求加上等待回复（Python：在 Queue 上先 put() 再 get()，或通过 Manager 代理调用），显示为在队列上等待；两次回复之间客户端在运行。共享内存方式下客户端从不等待（一次 Atomics.add，相当于在 v.get_lock() 下执行 v.value += 1），所以这一行从头到尾都在运行。',
  },
  whatTitle: '这说明了什么',
  what: {
    sharedMemory:
      '共享内存（Python：multiprocessing.Value / Array，或线程之间的普通变量）：每个工作者用原子加法亲自修改这个值。每次更新大约几十纳秒；多个工作者争用同一条缓存行时会更慢。仅限线程：Node 的进程之间不共享内存。',
    ownerMessages:
      '属主加消息传递（Python：线程之间用 queue.Queue，进程之间用 multiprocessing.Queue）：只有一个工作者持有这个值，其他工作者向它发请求并等待回复。每次更新以微秒计：每次都是一来一回的消息，而属主一次只处理一个请求。',
    mainOwner:
      '由主进程持有（Python：multiprocessing.Manager，一个经套接字访问的服务器进程）：引擎的主进程持有这个值，工作者经本地套接字访问它。预计最慢：每次都要经操作系统往返一趟，而服务它的进程同时还在运行整个实验室。',
    expect: '消息传递比共享内存贵一到三个数量级，但不需要锁，也能在进程之间使用；每种方式的总数都精确无误，因为每次更新都是在同一处完成的一个原子步骤。',
  },
}

export default sharedVsMessages
