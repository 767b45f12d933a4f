/**
 * 简体中文: the daemon workload's texts (same keys as en-daemon.ts), glossary terms of
 * docs/glossary.md (守护线程 daemon thread). API names stay in English.
 */

export const daemonWorkload = {
  title: '守护线程与守护进程',
  heading: '守护（宿主退出后谁还活着）',
  intro: '一个宿主进程启动线程和子进程（守护的或非守护的），然后正常退出或被杀死：之后它们中谁还活着？按多轮计数；随后实验室亲自结束每一个幸存者。',
  describe: '宿主退出方式 {exits}；{rounds} 轮；子进程最多存活 {lifetimeMs} ms；非守护工作 {holdMs} ms；宿主结束 {observeMs} ms 后判定幸存',
}

export const daemonFields = {
  exits: { label: '宿主如何结束', help: 'normal：主代码返回；sigkill：实验室中途杀死它。每种对象、每种方式一行。' },
  rounds: { label: '轮数', help: '每个运行时、每种方式启动的宿主数：结果是 R 轮中幸存 k 轮。' },
  lifetimeMs: { label: '子进程寿命上限（ms）', help: '每个线程和子进程到时都会自行结束，因此不会留下任何东西。' },
  holdMs: { label: '非守护工作时长（ms）', help: '正常退出时，非守护线程或进程会工作这么久：宿主要等它。' },
  observeMs: { label: '观察延迟（ms）', help: '宿主结束后过多久仍存活的子进程才算幸存者。' },
}

export const daemonOptions = {
  exits: { normal: '正常退出', sigkill: 'SIGKILL' },
}

export default {
  daemon: {
    kinds: {
      'worker-thread': 'Node 工作线程',
      'fork-child': 'fork 出的子进程（附着）',
      'detached-child': '分离的子进程（spawn detached、unref）',
      'py-daemon-thread': 'threading.Thread(daemon=True)',
      'py-thread': 'threading.Thread（非守护）',
      'py-daemon-process': 'multiprocessing.Process(daemon=True)',
      'py-process': 'multiprocessing.Process（非守护）',
    },
    exits: daemonOptions.exits,
    cli: {
      title: '守护——宿主结束后，谁还活着？',
      columns: { kind: '宿主启动的对象', runtime: '运行时', exit: '宿主结束方式', survived: '幸存', endedByLab: '由实验室结束', exitDelay: '宿主退出等待' },
      ofRounds: '{n} 轮中 {k} 轮',
      delay: '{ms} ms（{of} 轮中被拖住 {held} 轮）',
      guarantee: '每个幸存者在计数后立即被实验室杀死；每个线程和子进程也会在寿命上限内自行结束，并在实验室自身结束后 100 ms 内结束。',
      noHost: '守护实验的宿主只能启动普通的 Node 线程和进程，或 CPython 的线程和进程；这个运行时无法在其中启动',
      noPython: '没有找到可供 CPython 宿主使用的 Python 解释器',
      noGroups: '进程组是 POSIX 的概念：在 Windows 上，实验室按进程 ID 逐个结束宿主留下的幸存者',
      notMeasured: '{runtime}：未测量：{reason}',
    },
    view: {
      none: '还没有任何一轮。',
      tableTitle: '宿主结束后还活着的对象',
    },
    explain: {
      title: '这说明了什么',
      lead: '教程说：把 daemon 设为 True，线程或进程就会随主线程（主进程）的退出而退出。这里宿主真的结束了（正常退出或被杀死），表格统计之后还有谁活着。',
      threads: '线程活在它的进程里：无论是否为守护线程，没有线程能比它的宿主活得更久。daemon=True 对 threading.Thread 改变的是正常退出：解释器会等待每个非守护线程结束后才退出（宿主的退出被拖住），而守护线程则直接被丢弃。Node 没有这样的标志：process.exit 会结束所有工作线程；没有 unref() 的工作线程会让程序无法自行结束，就像非守护线程。',
      processes: 'multiprocessing.Process(daemon=True) 在正常退出时由解释器的退出处理函数终止，非守护进程则会被等待。被杀死的宿主不会运行任何退出处理函数：两者都会继续存活，被系统收养。Node fork 出的子进程只是通过 IPC 通道“附着”：除非它在 disconnect 事件中自行结束，否则会比父进程活得更久；分离且 unref 的子进程本来就是要活下去的。',
      lab: '实验室自己的工作进程在 disconnect 时结束，会检查父进程是否仍是引擎，运行在实验室会杀死的进程组中，并且寿命有上限：可靠性测试套件会在运行中途杀死实验室，再检查是否有残留。',
    },
  },
}
