/** 优先级反转（issue 17）的中文文本：CLI 表格、视图、不可观察的原因以及表单字段。键与 en-priority.ts 相同。 */
import type { priorityFields as EnFields, priorityOptions as EnOptions } from './en-priority'
import type { Messages } from './messages'

export const priorityFields: typeof EnFields = {
  variants: { label: '变体', help: '优先级反转，以及修复方法（优先级继承）。' },
  unitSteps: { label: '工作单元（步）', help: '一个单元的忙循环步数：中优先级进程统计单元数，从不计时。' },
  holdUnits: { label: '持锁期间完成的单元数', help: '低优先级进程在释放锁之前要做多少工作。' },
  caseTimeoutMs: { label: '每个案例的时限（毫秒）' },
}

export const priorityOptions: typeof EnOptions = {
  variants: { inversion: '优先级反转', inheritance: '修复：优先级继承' },
}

const priority: Pick<Messages, 'priority'> = {
  priority: {
    variants: priorityOptions.variants,
    cli: {
      title: '优先级反转——低优先级持有高优先级需要的锁，中优先级在工作：谁的工作完成了？',
      columns: { variant: '变体', runtime: '运行时', whileWaited: '高优先级等待期间中优先级完成的单元', medium: '中优先级单元数', low: '低优先级单元数', boosted: '持有者已提升', nices: 'nice 低 / 中 / 高' },
      yes: '是',
      no: '否',
      gaveUp: '高优先级进程未能在时限内拿到锁',
      note: '三个进程都绑定在 CPU {cpu} 上；优先级为 nice 值（越低获得的 CPU 越多）。统计的是工作单元数，而非时间。',
      notObservable: '{runtime}，{variant}：此处无法观察：{reason}',
    },
    unobservable: {
      macos: 'macOS 无法把进程绑定到单个核心，三个进程会运行在不同核心上，根本不会争用',
      'no-pinning': '此系统没有为实验室提供把进程绑定到单个核心的方法（taskset 仅限 Linux）',
      'no-taskset': '未找到 taskset（util-linux），无法把进程绑定到单个核心',
      'cannot-raise': '修复需要把持有者的优先级重新提高，只有 root（CAP_SYS_NICE）可以这样做；以当前用户身份只能降低优先级、不能再提高，因此无法展示修复',
      threads: 'Node 无法设置单个线程的优先级；请看进程运行时的结果',
    },
    view: {
      tableTitle: '高优先级进程等待期间中优先级进程完成的工作',
    },
    explain: {
      title: '这说明了什么',
      lead: '优先级反转，即教程里火星探路者号的故事：高优先级任务在等待低优先级任务持有的锁，而一个根本不需要锁的中优先级任务让低优先级任务得不到 CPU，于是高优先级任务实际上是在等中优先级任务。',
      inversion: '反转：在单个核心上，中优先级进程拿走了大部分 CPU；持锁的低优先级进程进展缓慢，高优先级进程等待期间中优先级完成了大量工作单元。',
      inheritance: '优先级继承：在高优先级进程等待期间，持有者以它的优先级运行，很快完成临界区并释放锁；这期间中优先级完成的单元少得多。',
      rights: '降低优先级总是允许的；再提高则需要 root。Linux 的 nice 值按权重分配 CPU，而不是严格的优先级，所以这些计数显示的是趋势，而非完全阻塞。',
    },
  },
}

export default priority
