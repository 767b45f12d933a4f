/**
 * CPython 运行时背后的 Python 解释器的中文文本（issue 16）。键与 en-python.ts 相同。
 */
import type { Messages } from './messages'

const zhCN: Messages['python'] = {
  runName: '{runtime} {version}',
  build: {
    gil: 'GIL',
    freeThreaded: '自由线程，无 GIL',
    freeThreadedGil: '自由线程构建，GIL 已开启',
  },
  info: '{implementation} {version}，{build}',
  infoStart: '{implementation} {version}，{build}，启动方式 {method}',
  startMethodRow: '{run}，启动方式 {method}',
  runsLine: '解释器：{list}',
  runItem: '{run}：{info}',
  separator: '；',
  settingsPart: '，解释器 {info}',
  cli: {
    allAlone: '--python all 已包含找到的所有解释器：请单独使用它，或只给出路径',
    tooMany: '--python：最多并排比较 {max} 个解释器',
  },
  panel: {
    title: 'Python 解释器',
    note: '本机为 CPython 运行时（py-thread、py-process、py-async）找到的解释器，按实验室优先使用的顺序排列。',
    version: '版本',
    build: '构建',
    startMethods: '启动方式',
    path: '路径',
    source: '发现途径',
    usable: '可用',
    tooOld: '版本过旧：实验室需要 Python {min} 或更新版本',
    none: '未找到 Python {min}+ 解释器：CPython 运行时将被略过，其他一切照常运行。可从 python.org 获取，在 Debian 或 Ubuntu 上用 apt install python3 安装，或使用 pyenv，然后重新启动实验室。',
    sources: {
      flag: '--python',
      path: 'PATH',
      launcher: 'py 启动器',
      'free-threaded': '自由线程名称',
      pyenv: 'pyenv',
    },
  },
  pick: {
    label: 'Python 解释器',
    help: 'CPython 运行时对每个勾选的解释器各运行一次，并排比较；未勾选时使用找到的第一个。',
  },
}

export default zhCN
