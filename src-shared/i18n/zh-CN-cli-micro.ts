/**
 * 简体中文 texts of the micro-benchmark tables: spawn cost, IPC latency, context switches,
 * oversubscription.
 * The same keys as en-cli-micro.ts; the cli area (zh-CN-cli.ts) spreads them in.
 */
import type { Messages } from './messages'

const zhCN: Pick<Messages['cli'], 'micro'> = {
  micro: {
    notMeasured: '{runtime}：未测量 {what}——{reason}',
    point: '{name}{size}，{workers} 个工作者：{figure}',
    latency: 'p50 {p50}，p99 {p99}',
    median: '中位数 {median}',
    spawnTitle: '启动开销——冷启动与热池',
    spawnColumns: { runtime: '运行时', coldReady: '冷启动：首条消息 p50', p90: 'p90', coldTask: '冷启动：首个任务 p50', warm: '热池：任务 p50', rss: '每个工作者的内存（RSS）', heap: '已用堆' },
    rssChild: '{size}（子进程）',
    rssGrowth: '{size}（引擎增长）',
    spawnNote: '每个运行时冷启动 {samples} 次（第 1 次不计）；时间从发出启动请求算起',
    ipcTitle: 'IPC 延迟——往返，引擎 ⇄ 工作者（atomics：线程 ⇄ 线程）',
    ipcColumns: { mechanism: '机制', payload: '消息大小', p50: 'p50', p90: 'p90', p99: 'p99', max: '最大', mbps: 'MB/s', count: '往返次数' },
    notAvailable: '不可用',
    pingTitle: '上下文切换——乒乓往返（一次往返是两次切换加上机制本身）',
    pingColumns: { pingPong: '乒乓往返', runtime: '运行时', workers: '工作者', p50: '往返 p50', p99: 'p99', threadVol: '线程自愿/往返', threadInvol: '线程非自愿/往返', processVol: '进程自愿/往返' },
    pingNote: '每次往返的切换次数，对涉及的线程（Linux /proc/thread-self）及其进程（getrusage）求和；不可用：此平台不计数',
    overTitle: '超额订阅——{cores} 个核心上的忙碌工作者；理想值 = K / 核心数 × 每核一个时的时间',
    overColumns: { runtime: '运行时', busy: '忙碌工作者', time: '时间（中位数）', ideal: '理想值', excess: '超出部分', invol: '非自愿切换 / 每次重复', perSwitch: '每次切换的超出' },
    over: '{workers}（超额）',
    excess: '{time}（{share}）',
    excessCi: '{time} [{lo}–{hi}]（{share}）',
    excessWithinNoise: '在噪声范围内（±{noise}）',
    excessWithinNoiseUnknown: '在噪声范围内',
    p50Ci: '{p50} [{lo}–{hi}]',
    p50Range: '{p50}（范围 {lo}–{hi}，n={n}）',
    reference: '{command}：每次往返 {time}（{variant}，外部参考）',
    referenceMissing: '{command}：不可用——{reason}',
    countersMissing: '{runtime}：此处部分切换计数不可用——{reason}',
  },
}
export default zhCN
