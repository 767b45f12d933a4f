/**
 * 各论断的中文文本：标题、解释（Node 与 CPython、操作系统、硬件），以及引文。引文就是教程
 * 的原话，直接取自 src-shared/claims/claim-catalogue.ts，不经翻译，所以两处永远一致。
 */
import { CLAIM_CATALOGUE } from '../claims/claim-catalogue'
import type { ClaimId } from '../claims/claim-ids'
import type { Messages } from './messages'

const original = (id: ClaimId): string => CLAIM_CATALOGUE[id].original.join('……')

const zhCN: Messages['claims']['claim'] = {
  'spawn-cost': {
    title: '创建进程比创建线程开销大',
    quote: original('spawn-cost'),
    why: '子进程要启动一个全新的 Node（或 Python）运行时：操作系统映射新的地址空间，运行时再加载一遍代码。工作线程复用所在进程，但仍要启动自己的 V8 隔离环境，所以在 Node 中差距比在 C 中小。差多少取决于操作系统（Linux 的 fork、Windows 的 CreateProcess）和磁盘。',
  },
  'switch-cost': {
    title: '进程切换代价很高，线程切换开销小',
    quote: original('switch-cost'),
    why: '教程把创建进程和切换进程混为一谈。一次上下文切换保存一组寄存器、载入另一组；进程之间内核还要切换地址空间，在现代 CPU（带标签的 TLB）上这只多一点点。在 Linux 上两种切换都在微秒量级。',
  },
  'switch-10ms': {
    title: '一次线程切换约需 10 毫秒',
    quote: original('switch-10ms'),
    why: '10 毫秒是调度器时间片的量级，而不是一次切换的开销。切换本身只要几微秒：实验室把它测为两个通过 futex 互相唤醒的线程之间一次往返的一半。',
  },
  'multicore-idle': {
    title: '多核 CPU 上同一时间只有一个 CPU 在运行',
    quote: original('multicore-idle'),
    why: '同一进程的线程可以同时运行在所有核心上，操作系统分别调度每个线程。Node 的工作线程没有全局锁，所以 CPU 密集的搜索在两个线程上比一个线程完成得更快，最多快到核心数那么多倍。',
  },
  'threads-cpu': {
    title: '线程无法在 CPU 密集型任务中利用多核',
    quote: original('threads-cpu'),
    why: '对有 GIL 的 CPython 成立：同一时刻只有一个线程执行 Python 字节码，纯 Python 计算的线程只能轮流运行。对 Node 的工作线程不成立（各有自己的隔离环境，没有共享的锁），对 3.13t 及以后的自由线程 CPython 也不成立。没有找到 Python 时，实验室的全局锁模式在 Node 线程上重现 GIL 的效果。',
  },
  'cpu-processes': {
    title: '多进程能为 CPU 密集型任务带来真正的并行',
    quote: original('cpu-processes'),
    why: '每个进程有自己的解释器，在自己的核心上运行，最多到核心数为止。在繁忙或降频的笔记本上，第二个核心可能被其他程序占用，报告中的机器警告会指出这一点。',
  },
  'io-threads': {
    title: '多线程能加速 I/O 密集型任务',
    quote: original('io-threads'),
    why: '一个请求在等待网络时，另一个线程可以发出自己的请求，等待因此重叠。小文件大多直接来自操作系统的页缓存，不需要等待，而 Node 本来就在 libuv 的线程池中执行文件调用，所以只有磁盘真正需要等待时（fsync、冷缓存）更多线程才有帮助。',
  },
  'io-processes': {
    title: '多进程最适合 I/O 密集型任务',
    quote: original('io-processes'),
    why: '等待不需要占用核心：一个事件循环或几个线程就能像多个进程一样重叠等待，而不必付出第二个运行时的内存和启动开销。只有当等待之间的工作是 CPU 密集的，或者需要隔离时，进程才对 I/O 任务有帮助。',
  },
  'async-io': {
    title: '异步 I/O 在一个线程上处理许多等待',
    quote: original('async-io'),
    why: '第一句成立：一个事件循环可以同时让许多套接字等待（epoll、kqueue、IOCP），不需要额外的线程。第二句只对了一半：套接字不需要别的线程，但 Node 的文件调用确实在 libuv 的线程池中运行（默认 4 个线程，除非 UV_THREADPOOL_SIZE 另有设置）。',
  },
  'gil-io': {
    title: 'GIL 对 I/O 密集型任务影响很小',
    quote: original('gil-io'),
    why: 'CPython 在每个阻塞调用（读套接字、sleep）前后都会释放 GIL，所以等待网络的线程能像 Node 线程一样重叠等待。只有等待之间的 Python 代码需要在锁下轮流执行。',
  },
  'gil-no-race': {
    title: 'GIL 能避免竞争条件',
    quote: original('gil-no-race'),
    why: 'GIL 只让单条字节码成为原子操作，而不是一行 Python 代码。`x += 1` 由几条字节码组成；切换会不会落在它们之间取决于解释器（3.10 起在这里切换得比 3.9 少），而“读取、调用、写回”的写法在每个版本上都会丢失更新。只有锁才能让更新安全。',
  },
  'race-lock': {
    title: '并发累加会产生竞争，加锁可以解决',
    quote: original('race-lock'),
    why: '两个线程读取同一个计数器、加一、再写回，会互相覆盖对方的更新。互斥锁让“读取-加一-写回”成为一步；原子加法也能做到，而且更便宜。',
  },
  'process-no-race': {
    title: '进程不共享内存，所以没有数据竞争',
    quote: original('process-no-race'),
    why: '进程一旦共享了任何东西就会竞争：由管理器进程保存的计数器（先读再写回），或不加锁使用的 multiprocessing.Value，都会像线程一样丢失更新。进程避免的是无意中的共享，而不是竞争本身。',
  },
  'shared-vs-messages': {
    title: '线程通过共享内存通信很便宜，进程需要较慢的 IPC',
    quote: original('shared-vs-messages'),
    why: '共享内存中的一次更新只是一条原子指令；一条消息要复制、序列化，再唤醒对方，进程之间还要经过内核。差距很大；换来的是任何更新都不会发生竞争。',
  },
  'pool-reuse': {
    title: '进程池可以避免创建进程的开销',
    quote: original('pool-reuse'),
    why: '预热好的进程池只付一次启动开销；之后每个任务只花一次消息往返。实验室用“每个任务新建一个”与“预热的池”相比来测出这个倍数。',
  },
  'crash-isolation': {
    title: '进程崩溃不影响他人；线程崩溃可能拖垮整个进程',
    quote: original('crash-isolation'),
    why: 'Node 工作线程中的异常会在线程边界被捕获并报告，进程继续运行。本地代码的 abort 或致命信号会杀死整个进程及其所有线程。子进程死掉则不会带走其他任何东西。',
  },
  'rlock-timeout': {
    title: 'RLock 是带超时的锁',
    quote: original('rlock-timeout'),
    why: 'RLock 是可重入锁：持有者可以再次获取它。Python 的每种锁都能设置超时（acquire(timeout=...)），超时时返回 False，而不是抛出异常。',
  },
  deadlock: {
    title: '循环等待就是死锁',
    quote: original('deadlock'),
    why: '每个线程持有一把锁，又等待下一把：谁也动不了。按统一的全局顺序获取锁就打破了循环（破坏了 Coffman 四个条件之一），死锁便不会发生。',
  },
  daemon: {
    title: '守护线程/进程随主线程/进程一起退出',
    quote: original('daemon'),
    why: '守护线程随所在进程一起结束。守护子进程只有在父进程正常退出、执行退出处理时才会被结束；父进程崩溃或被 SIGKILL 后，除非有人结束它们，子进程可能继续存活。',
  },
}

export default zhCN
