/** 饥饿实验（issue 17）的中文文本：CLI 表格、视图中的“这说明了什么”以及表单字段。键与 en-starvation.ts 相同。 */
import type { starvationFields as EnFields } from './en-starvation'
import type { Messages } from './messages'

export const starvationFields: typeof EnFields = {
  threads: { label: '线程数', help: '争用同一把锁的线程数；多于核心数时争用更激烈。' },
  wait: { label: '等待方式', help: '线程如何等待被持有的锁，两种顺序相同。' },
  criticalWork: { label: '锁内工作量（步）' },
  outsideWork: { label: '两次获取之间的工作量（步）', help: '0：线程一释放就立即再次请求，争用最激烈。' },
  acquisitions: { label: '每次重复的获取次数', help: '所有线程合计；谁拿到多少次正是要观察的结果。' },
  maxRepetitionMs: { label: '每次重复的时间上限（毫秒）' },
}

const starvation: Pick<Messages, 'starvation'> = {
  starvation: {
    cli: {
      title: '饥饿——{threads} 个线程争抢同一把锁：谁拿到了？',
      columns: { order: '锁', runtime: '运行时', shares: '各线程份额', fairness: 'Jain', maxMin: '最大 / 最小份额', p99: '等待 p99', max: '最长等待', starved: '饥饿' },
      note: '份额基于 {acquisitions} 次获取 × {repeat} 次重复；公平份额为 {fair}。饥饿：所得不足公平份额一半的线程。所有线程所得相同时 Jain 指数为 1，一个线程独占时为 1/线程数。',
      checked: '互斥成立：锁内更新的计数等于统计到的获取次数',
    },
    view: {
      tableTitle: '各线程的份额与最长等待',
    },
    explain: {
      title: '这说明了什么',
      lead: '饥饿是指一个线程已准备好运行，却因为其他线程不断抢先而始终得不到资源。教程提醒过：不公平的锁会导致饥饿。',
      barging: '插队锁在释放时交给最先抢到的线程：往往就是刚刚释放它、仍在核心上运行的那个线程，而被唤醒的等待者还没回到核心上。有些线程一再获胜，其他线程等待很久，只得到很小的份额。',
      fifo: 'FIFO（排队票号）锁按到达顺序服务等待者：每个线程得到的份额大致相同，没有哪次等待明显更长，代价是要把锁交给可能并未在运行的线程（总体更慢）。',
      python: 'Python 的 threading.Lock 同样不保证公平性；要写出公平的交接，可以用排队票号，或用带轮次计数的 threading.Condition。',
    },
  },
}

export default starvation
