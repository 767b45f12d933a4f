/**
 * 危险实验（issue 17）的简体中文文本：死锁与活锁。结构与 en-hazards.ts 相同。
 */

export const hazardFields = {
  deadlock: {
    workers: { label: '环中的工作者数', help: '每个工作者先取自己的锁，再取相邻者的锁：2 个就是教科书里的那一对。' },
    variants: { label: '变体' },
    pairs: { label: '每个工作者的锁对数', help: '在没有死锁的一次重复中，每个工作者取得两把锁的次数。' },
    pauseMs: { label: '两次加锁之间的停顿（毫秒）', help: '其他工作者在这段时间里取得各自的第一把锁：几乎必然导致死锁。' },
    tryTimeoutMs: { label: '尝试时长（毫秒）', help: '尝试加锁并退避：放回第一把锁之前尝试第二把锁的时间。' },
    backoffMs: { label: '退避（毫秒）', help: '放弃之后，随机等待最多两倍于此的时间。' },
    pollMs: { label: '读取等待图的间隔（毫秒）', help: '实验室多久读一次等待图。' },
    detectBoundMs: { label: '等待上限（毫秒）', help: '每次等锁最迟到此结束：若等待图漏掉了死锁，就记为由超时发现。' },
  },
  livelock: {
    variants: { label: '变体' },
    holdUs: { label: '持有（微秒）', help: '工作者在尝试另一把锁之前持有自己的锁的时间；尝试失败后再持有同样长的时间。' },
    backoffUs: { label: '退避（微秒）', help: '固定：恰好这么长。随机：0 到两倍之间。' },
    durationMs: { label: '每次重复的时长（毫秒）' },
    completions: { label: '完成多少次后停止', help: '两个工作者合计完成这么多对加锁后，本次重复也会结束。' },
  },
}

const deadlockVariants = { naive: '相反顺序（朴素）', ordered: '统一的加锁顺序', 'try-backoff': '尝试加锁并退避' }
const livelockVariants = { fixed: '固定退避', random: '随机退避' }

export const hazardOptions = {
  deadlock: { variants: deadlockVariants },
  livelock: { variants: livelockVariants },
}

export default {
  hazards: {
    cli: {
      noCpu: '此处未测量',
      cycleStep: '工作者 {worker} 等待锁 {lock}',
      interval: '{median} 微秒 [{lo}, {hi}]',
      notMeasured: '{runtime}：未测量。{reason}',
    },
    deadlock: {
      variants: deadlockVariants,
      lanes: {
        label: '{variant}，{workers} 个工作者',
        caption: '带跟踪的重复：{label}',
        what: '每条泳道是一个工作者：等待锁、持有锁或在运行。死锁时所有泳道同时在等待，一直等到实验室结束它。',
      },
      cli: {
        title: '死锁——每个工作者取两把锁，围成一个环',
        columns: { variant: '变体', runtime: '运行时', deadlocked: '死锁次数', found: '发现方式', pairs: '完成的锁对', perPair: '每对耗时', cpu: '每个工作者的 CPU 毫秒' },
        outOf: '{repetitions} 次中 {count} 次',
        foundBy: '等待图 {graph}，超时 {timeout}',
        cycle: '{variant}，{runtime}：环路 {cycle}，回到起点',
        checked: '修复后的变体从未死锁',
      },
      what: {
        coffman: '死锁需要四个 Coffman 条件同时成立：互斥（一把锁只有一个持有者）、持有并等待（工作者拿着一把锁去等另一把）、不可抢占（没人能把锁夺走）和循环等待（每个都在等下一个，绕成一圈）。',
        circular: '相反顺序：每个工作者持有自己的锁并等待相邻者的锁；实验室在等待图中看到这个环，报告它并结束运行。',
        ordered: '统一的加锁顺序打破循环等待：所有人都先取编号较小的锁，环就无法闭合。代价只是遵守规则。',
        tryBackoff: '尝试加锁并退避打破持有并等待：按时拿不到第二把锁的工作者会放回第一把。代价是重试和退避的时间。',
        idle: '死锁的工作者在睡眠：它永远等待，CPU 时间却几乎为零。对比活锁：工作者一直在忙，却毫无进展。',
        processes: '进程之间不共享内存，所以它们的锁由实验室自己持有：一个锁服务器，类似 Python 的 multiprocessing.Manager。每次获取和释放锁都是发给它的一条消息，因此它知道谁持有锁、谁在等待，并在同样的等待图中找出循环。',
      },
      view: {
        graphTitle: '等待图',
        graphEmpty: '带跟踪的重复运行时，这里会出现等待图。',
        worker: 'W{n}',
        lock: '锁 {name}',
        holds: '持有',
        waits: '等待',
        tries: '尝试',
        cycleFound: '死锁：{cycle}',
        noCycle: '没有环：没有人会永远等待。',
        figuresTitle: '各变体发生死锁的次数',
        notMeasured: '{runtime}：{reason}',
      },
    },
    livelock: {
      variants: livelockVariants,
      lanes: {
        label: '两个礼让的工作者，{variant}',
        caption: '带跟踪的重复：{label}',
        what: '每条泳道是一个工作者。活锁时两者同步地持有、让出、再运行：一直在忙，却很少同时拿到两把锁。',
      },
      cli: {
        title: '活锁——两个礼让的工作者，各持一把锁并尝试另一把',
        columns: { variant: '变体', runtime: '运行时', completions: '完成次数', retries: '重试次数', ratio: '每次完成的重试数', spins: '每个工作者的忙循环次数', cpu: '每个工作者的 CPU 毫秒' },
        noProgress: '毫无进展',
        note: 'CPU 时间是每个线程自己的（/proc/thread-self/stat，10 毫秒一个时钟节拍），或每个进程自己的（其 CPU 用量）；忙循环次数统计的是自旋本身。进程通过消息获取实验室锁服务器上的锁。',
      },
      what: {
        livelock: '固定退避：两个工作者在同一时刻让路，又一起回来，于是每次都发现对方的锁又被占着。它们消耗 CPU，却几乎没有进展：这就是活锁，不同于死锁那种空闲的等待。',
        random: '随机退避打破同步：一方先回来，拿到两把锁。完成次数上升，重试次数下降。',
      },
      view: {
        figuresTitle: '工作量与进展',
        perWorker: '工作者 {n}：完成 {completions} 次，重试 {retries} 次，忙循环 {spins} 次，CPU {cpu}',
        cpuUnknown: '未测量',
        cpuMs: '{ms} 毫秒',
        notMeasured: '{runtime}：{reason}',
      },
    },
  },
}
