/**
 * Each claim in English: a short title, the tutorial's words translated (the Chinese original is
 * data in src-shared/claims/claim-catalogue.ts, shown as the tutorial wrote it) and why the
 * answer comes out as it does (Node against CPython, the OS, the hardware).
 */
export default {
  'spawn-cost': {
    title: 'Creating a process costs more than creating a thread',
    quote: 'Creating a process needs its own memory, open files and other system resources: the cost is high. Creating a thread only allocates a little inside its process’s memory: the cost is low.',
    why: 'A child process starts a whole new Node (or Python) runtime: the OS maps a fresh address space and the runtime loads its code again. A worker thread reuses the process but still starts its own V8 isolate, so in Node the gap is smaller than in C. How big it is depends on the OS (fork on Linux, CreateProcess on Windows) and on the disk.',
  },
  'switch-cost': {
    title: 'Switching between processes is very expensive, between threads cheap',
    quote: 'Creating and destroying a process frees all its resources and loads all the new one’s, so a process switch is very expensive. Switching between threads costs little.',
    why: 'The tutorial mixes up creating a process and switching to it. A switch saves one set of registers and loads another; between processes the kernel also changes the address space, which on modern CPUs (tagged TLBs) adds little. On Linux both switches take microseconds.',
  },
  'switch-10ms': {
    title: 'One thread switch takes about 10 ms',
    quote: 'If a process has 10 threads, each running for 1 second, a single thread switch takes about 10 milliseconds.',
    why: 'Ten milliseconds is the order of a scheduler’s time slice, not the cost of a switch. A switch itself is a few microseconds: the lab measures it as half of a ping-pong round trip between two threads woken through a futex.',
  },
  'multicore-idle': {
    title: 'On a multicore CPU only one CPU runs at a time',
    quote: 'On a multicore CPU, frequent thread switching hurts performance badly, because only one CPU is running at any time and the others are idle.',
    why: 'Threads of one process run on every core at once; the OS schedules each thread on its own. Node’s worker threads have no global lock, so a CPU-bound search on two threads finishes sooner than on one, up to the number of cores.',
  },
  'threads-cpu': {
    title: 'Threads cannot use several cores for CPU-bound work',
    quote: 'The GIL limits multithreaded concurrency a great deal: it cannot use the advantage of multiple cores. Because of the GIL, Python threads cannot make full use of several cores in CPU-bound tasks.',
    why: 'True for CPython with a GIL: one thread runs Python bytecode at a time, so threads of pure-Python work take turns. Not true for Node’s worker threads (each has its own isolate, no shared lock), nor for free-threaded CPython 3.13t and later. Where no Python is found, the lab’s global-lock mode reproduces the GIL’s effect on Node threads.',
  },
  'cpu-processes': {
    title: 'Processes give real parallelism for CPU-bound work',
    quote: 'CPU-bound tasks: processes can use a multicore CPU for truly parallel computation and make full use of the hardware.',
    why: 'Each process has its own interpreter and runs on its own core, up to the number of cores. On a busy or throttled laptop the second core may be taken by other programs, which the report’s machine warnings show.',
  },
  'io-threads': {
    title: 'Threads speed up I/O-bound work',
    quote: 'I/O-bound tasks, such as network requests and file reads and writes: while waiting for an I/O operation to finish, the program can switch to another thread and get more done overall.',
    why: 'While a request waits on the network, another thread can send its own, so waits overlap. Small files mostly come from the OS page cache without waiting, and Node already runs file calls on libuv’s thread pool, so more threads help there only when the disk really waits (fsync, cold cache).',
  },
  'io-processes': {
    title: 'Processes are best for I/O-bound work',
    quote: 'The multiprocess model is used more widely in distributed settings, and is especially suited to I/O-bound or network-bound applications.',
    why: 'Waiting needs no core: one event loop or a few threads overlap as many waits as processes do, without a second runtime’s memory and start-up. Processes help I/O work only where the work between waits is CPU-bound or must be isolated.',
  },
  'async-io': {
    title: 'Async I/O handles many waits on one thread',
    quote: 'Asynchronous programming lets us start a task, do other things and handle the result when it arrives; it relies on callbacks and an event loop, so it is also called the non-blocking I/O model. Async I/O hands the slow I/O operation to another thread and notifies the caller with a callback.',
    why: 'The first sentence holds: one event loop keeps many sockets waiting at once (epoll, kqueue, IOCP) with no extra thread. The second is half true: sockets need no other thread, but Node’s file calls do run on libuv’s thread pool (4 threads unless UV_THREADPOOL_SIZE says otherwise).',
  },
  'gil-io': {
    title: 'The GIL matters little for I/O-bound work',
    quote: 'For I/O-bound tasks the GIL has little effect, but for CPU-bound tasks it becomes the bottleneck.',
    why: 'CPython lets go of the GIL around every blocking call (a socket read, a sleep), so threads waiting on the network overlap their waits as Node threads do. Only the Python code between the waits takes turns under the lock.',
  },
  'gil-no-race': {
    title: 'The GIL prevents race conditions',
    quote: 'It guarantees that only one thread executes Python bytecode at a time, and so avoids the race conditions and other surprises that threads running at the same time could cause.',
    why: 'The GIL makes one bytecode atomic, not a line of Python. `x += 1` is several bytecodes; whether a switch lands between them depends on the interpreter (3.10+ switch less often there than 3.9), and a read, a call, then a write loses updates on every version. Only a lock makes the update safe.',
  },
  'race-lock': {
    title: 'Concurrent increments race; a lock fixes it',
    quote: 'Because two threads call the method concurrently, a lock is needed to avoid a data race.',
    why: 'Two threads reading the same counter, adding one and writing it back overwrite each other’s updates. A mutex makes the read-add-write one step; an atomic add does too, more cheaply.',
  },
  'process-no-race': {
    title: 'Processes share no memory, so they have no data races',
    quote: 'Each process has its own data stack and program counter, so processes are independent and share no memory, and so there is no data race problem.',
    why: 'Processes race as soon as they share anything: a counter kept by a manager process (read it, then write it back) or a multiprocessing.Value used without its lock loses updates just as threads do. What processes avoid is sharing by accident, not races.',
  },
  'shared-vs-messages': {
    title: 'Threads communicate cheaply through shared memory, processes need slower IPC',
    quote: 'Communication between processes (IPC) is relatively complex and needs special mechanisms such as pipes, message queues and shared memory. Communication between threads is simple, because they share memory and can access shared variables directly.',
    why: 'An update in shared memory is one atomic instruction; a message is copied, serialized and woken on the other side, through the kernel for a process. The gap is large; what it buys is that no update can race.',
  },
  'pool-reuse': {
    title: 'A pool avoids the cost of creating processes',
    quote: 'Using a process pool avoids creating processes frequently and reduces system overhead.',
    why: 'A warm pool pays the start-up once; each task then costs only a message round trip. The lab measures the factor with spawn per task against a warm pool.',
  },
  'crash-isolation': {
    title: 'A crashing process harms no one; a crashing thread can take down its process',
    quote: 'Processes are independent: one process crashing usually does not affect the others. Threads of one process affect each other: a problem in one thread can bring down the whole process.',
    why: 'An exception in a Node worker thread is caught at the thread’s edge and reported; the process lives on. A native abort or a fatal signal kills the whole process with all its threads. A child process that dies takes nothing else with it.',
  },
  'rlock-timeout': {
    title: 'RLock is a lock with a timeout',
    quote: 'Lock with a timeout (RLock): adds a timeout to the ordinary lock. If the lock is not obtained within the given time, the thread raises an exception.',
    why: 'RLock is the re-entrant lock: its owner may acquire it again. Every Python lock takes a timeout (acquire(timeout=...)), and it returns False rather than raising.',
  },
  deadlock: {
    title: 'A cycle of waits is a deadlock',
    quote: 'Several tasks wait for a shared variable that another thread must release before they can go on, for example threads A, B and C with A waiting for B, B for C and C for A: a closed loop, a deadlock.',
    why: 'Each thread holds one lock and waits for the next: no one can move. Taking the locks in one global order breaks the cycle (one of the four Coffman conditions), and the deadlock never happens.',
  },
  daemon: {
    title: 'Daemon workers end with the main one',
    quote: 'When creating a process or thread you can set its daemon attribute to True, so that it exits when the main process or thread exits.',
    why: 'Daemon threads die with their process. A daemon child process is ended by its parent’s exit handling only if the parent exits normally; after a crash or SIGKILL children may live on unless someone ends them.',
  },
}
