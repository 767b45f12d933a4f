/**
 * 简体中文 texts of what stands behind the figures: the machine, its state during the runs, the
 * harness overhead, the settings.
 * The same keys as en-machine.ts; the root catalogue (zh-CN.ts) spreads them in.
 */
import type { Messages } from './messages'

const zhCN: Pick<Messages, 'machine' | 'machineState' | 'overhead' | 'settings'> = {
  machine: {
    title: '本机（当前）',
    reportTitle: '本报告的机器',
    cpu: 'CPU',
    cores: '逻辑核心数',
    parallelism: '可用并行度',
    memory: '内存',
    os: '操作系统',
    versions: '版本',
    load: '平均负载',
    loadNow: '平均负载（1、5、15 分钟）',
    liveNote: '引擎运行所在的机器，每隔几秒刷新一次。',
    reportNote: '测出当前所示导入报告的机器，而不是本机。',
  },
  machineState: {
    title: '运行期间的机器状态',
    note: '除了代码本身，还有这些会影响数据：共享的核心、较慢的核心、节能设置、其他程序。',
    cores: '核心与 SMT',
    coresValue: '{physical} 个物理核心，{logical} 个逻辑核心',
    smt: '有的物理核心由两个逻辑核心共享（SMT）',
    noSmt: '没有 SMT',
    coreTypes: '核心类型',
    hybrid: '{p} 个性能逻辑核心和 {e} 个能效逻辑核心',
    notHybrid: '只有一种核心',
    governor: '调频策略',
    frequency: '频率',
    frequencyNow: '{min}–{max} MHz',
    frequencyMax: '{min}–{max} MHz，最高 {top} MHz',
    power: '电源',
    noBattery: '没有电池',
    onBattery: '使用电池（{charge}）',
    onMains: '使用外接电源',
    busy: '其他程序',
    busyBefore: '运行前占用 {share} 的 CPU',
    busyDuring: '运行期间平均 {mean}，最多 {max}',
    unknown: '未知：{reason}',
    pending: '整组实验结束时测量',
  },
  overhead: {
    title: '测量框架开销',
    explain: '一个空任务经过同一个池往返一次的时间（每个任务）。当它在一个块的耗时中占比很大时，这些数据测到的既是任务本身，也是测量框架。',
    perTask: '每个空任务',
    share: '占一个块的 {pct}',
    eventLoop: '引擎事件循环延迟：p50 {p50}，p99 {p99}',
  },
  settings: {
    title: '这些数据背后的设置',
    serialization: '序列化',
    warmup: '预热',
    repeat: '重复次数',
    timeout: '任务超时',
    uvPool: 'libuv 线程池（UV_THREADPOOL_SIZE）',
    globalLock: '全局锁：切换间隔',
    globalLockFigures: '全局锁：交接次数、各工作者等待时间',
  },
}
export default zhCN
