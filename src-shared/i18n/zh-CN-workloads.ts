/** 简体中文 texts of every workload: the same keys as en-workloads.ts. */
import type { Messages } from './messages'
import { daemonWorkload } from './zh-CN-daemon'
import { lockReentryWorkload } from './zh-CN-lock-reentry'
import { poolReuseWorkload } from './zh-CN-pool-reuse'

const workloads: Messages['workloads'] = {
  prime: {
    title: '素数搜索',
    heading: '素数搜索（CPU 密集型）',
    intro: 'CPU 密集型：统计一个区间内的素数，把区间分块交给各个工作者。',
    describe: '区间 [{lo}, {hi})，{method}，{chunking}分块',
    'method-sieve': '筛法',
    'method-trial': '试除法',
    'chunking-static': '静态',
    'chunking-dynamic': '动态',
  },
  'file-io': {
    title: '文件 I/O',
    heading: '文件 I/O（I/O 密集型：磁盘与页缓存）',
    intro: 'I/O 密集型：写入临时文件再读回，拆成多个任务交给各个工作者。',
    describe: '{tasks} 个任务 × 每个 {files} 个文件，文件大小 {fileSize}，块大小 {blockSize}，{fsApi}文件 API，{mode}{fsync}',
    readOnly: '只读',
    writeRead: '写入并读回',
    withFsync: '，fsync',
    'fsApi-async': '异步',
    'fsApi-sync': '同步',
  },
  'network-fetch': {
    title: '网络请求',
    heading: '网络请求（I/O 密集型：等待服务器）',
    intro: 'I/O 密集型：向一个回环服务器发请求，服务器在设定的延迟之后才应答。',
    describe: '{tasks} 个任务 × 每个 {requests} 个请求，每个任务同时进行 {inFlight} 个，{target}',
    loopback: '回环服务器，应答 {size}，延迟 {latencyMs} ms{jitter}',
    jitter: ' + 0–{jitterMs} ms 抖动',
  },
  spawn: {
    title: '启动开销',
    heading: '启动开销',
    intro: '一个工作者启动要花多少、保持运行又要花多少：首次应答的时间，以及内存。',
    describe: '{samples} 次冷启动，{warmSamples} 个热池任务，{memoryWorkers} 个工作者的内存',
  },
  'ipc-latency': {
    title: 'IPC 延迟',
    heading: 'IPC 延迟',
    intro: '一条消息发到另一端再返回要多久，按传递机制和消息大小分别测量。',
    describe: '{mechanisms}；{payloads} 种消息大小，每种往返 {samples} 次',
  },
  'context-switch': {
    title: '上下文切换',
    heading: '上下文切换',
    intro: '操作系统在线程之间、进程之间切换各要付出多少代价。',
    describe: '每轮乒乓往返 {rounds} 次，每个核心的忙碌工作者数 {oversubscription}，perf 参照 {perf}',
  },
  sleep: {
    title: '休眠与忙等',
    heading: '休眠与忙等（等待与计算）',
    intro: '每个任务耗时固定：要么在定时器上休眠（不占用核心），要么在按该时长设定的忙循环里计算（占住一个核心）。看看哪些能重叠、在哪里重叠。',
    describe: '{tasks} 个任务，每个 {ms} ms，{mode}',
    checked: '全部 {expected} 个任务已验证（每次休眠都睡满了时间；每个忙循环都返回了与单线程运行相同的校验和）',
  },
  'shared-vs-messages': {
    title: '共享内存与消息传递',
    heading: '共享内存与消息传递（一次更新的代价）',
    intro: 'N 个工作者各自对同一个值加 1，共 K 次；这个值放在共享内存里（Atomics）、由一个靠消息访问的属主工作者持有，或由主进程持有并经套接字访问：看看每种方式下一次更新要花多少。',
    describe: '{updaters} 个工作者 × 每个 {updates} 次更新，方式：{ways}',
  },
  locks: {
    title: '锁',
    heading: '锁（每次获取+释放的开销，公平性）',
    intro: '一次获取+释放互斥锁要多少开销：单独使用时，以及多个线程争用时；自旋、阻塞或两者结合，FIFO 或插队，随临界区长度变化；以及谁拿到锁多少次。',
    describe: '线程数 {threads}；等待方式 {waits}；顺序 {orders}；临界区工作 {critical}，锁外 {outside}；每次重复 {acquisitions} 次获取',
  },
  primitives: {
    title: '同步原语',
    heading: '同步原语（信号量、事件、条件变量、屏障、队列）',
    intro: 'Python 的 threading 与 multiprocessing 模块教的那些原语，放在线程之间实际跑一遍：能同时进去几个、等待者多快被唤醒、谁在等谁，以及有界队列的代价。',
    describe: '部分：{parts}；{threads} 个线程，{waiters} 个等待者，{items} 个数据项，队列容量 {capacities}',
  },
  race: {
    title: '竞态条件',
    heading: '竞态条件（共享计数器上的丢失更新）',
    intro: '多个工作者同时对同一个计数器加 1：没有保护时会丢失更新；Atomics.add、锁，或者发给计数器持有者的一条消息，都能保住每一次更新。',
    describe: '{workers} 个工作者，每个自增 {increments} 次（经持有者 {messageIncrements} 次），间隔 {gap} 步，变体 {variants}',
    checked: '每个精确变体都达到了期望总数；没有变体超过期望总数',
  },
  deadlock: {
    title: '死锁',
    heading: '死锁（以相反顺序取两把锁，由等待图检测）',
    intro: '环中的每个工作者先取自己的锁，停顿一下，再取相邻者的锁：最后每个都在等下一个。实验室在等待图中发现这个环，结束运行，并在旁边展示两种修复。',
    describe: '环中 {workers} 个工作者，每个 {pairs} 对，停顿 {pause} 毫秒，变体 {variants}',
  },
  livelock: {
    title: '活锁',
    heading: '活锁（同步退避的礼让工作者）',
    intro: '两个礼让的工作者各持一把锁并尝试另一把；失败时两者让路同样长的时间再试，步调一致：一直在忙，却毫无进展。随机退避打破这种同步。',
    describe: '持有 {hold} 微秒，退避 {backoff} 微秒，每次重复 {duration} 毫秒，变体 {variants}',
  },
  'crash-isolation': {
    title: '崩溃隔离',
    heading: '崩溃隔离（线程中的故障对比进程中的故障）',
    intro: '在工作线程和子进程中各触发一次故障，每次都在一个实验室可以舍弃的宿主进程中：宿主、其他工作者、池，哪些幸存了下来？',
    describe: '故障 {faults}；{siblings} 个同伴工作者忙碌 {siblingMs} 毫秒；堆上限 {heapLimitMb} MB',
  },
  starvation: {
    title: '饥饿',
    heading: '饥饿（争用激烈的锁归谁：插队对比 FIFO）',
    intro: '多个线程争抢同一把锁：插队锁让某些线程一再获胜，其他线程只能等待；FIFO 锁按顺序轮流服务。给出每个线程的份额与最长等待。',
    describe: '{threads} 个线程，等待方式 {wait}；锁内工作 {critical} 步，锁外 {outside} 步；每次重复 {acquisitions} 次获取',
  },
  'priority-inversion': {
    title: '优先级反转',
    heading: '优先级反转（低优先级持锁，中优先级工作，高优先级等待）',
    intro: '三个进程以低、中、高优先级运行在同一个核心上：低优先级进程持有高优先级进程需要的锁，同时中优先级进程在工作。高优先级等待期间，中优先级完成了多少工作？以及修复方法：优先级继承。',
    describe: '变体 {variants}；工作单元 {unitSteps} 步；持有者完成 {holdUnits} 个单元',
  },
  'pool-reuse': poolReuseWorkload,
  'lock-reentry': lockReentryWorkload,
  daemon: daemonWorkload,
}
export default workloads
