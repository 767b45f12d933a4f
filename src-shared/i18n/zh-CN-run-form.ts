/**
 * 简体中文 texts of the run form: its buttons, the interpreters to run, and why a setting or the Cores
 * field is disabled.
 * The same keys as en-run-form.ts; the root catalogue (zh-CN.ts) spreads them in.
 */
import type { Messages } from './messages'

const zhCN: Pick<Messages, 'form'> = {
  form: {
    title: '设置',
    presets: '预设',
    workloadOptions: '工作负载',
    runOptions: '运行',
    label: '这次运行的名称（例如：我的笔记本）',
    run: '运行',
    reset: '恢复默认',
    auto: '自动（1、2、4 … 个核心，然后是核心数的两倍）',
    fixErrors: '要运行，请先修正：{fields}。',
    unset: '默认（不设置）',
    pythons: {
      label: '解释器',
      help: '每个 CPython 运行时对勾选的每个解释器各运行一次，结果旁注明其版本。都不勾选：使用找到的第一个。',
      option: '{info}（{path}）',
    },
    notApplicable: {
      'desktop-only': '仅限桌面应用',
      'workers-only': '不测量：这个实验测的是工作者，主线程没有工作者',
      'own-worker-counts': '不使用：这个实验自行决定工作者数量',
      'static-chunking': '静态分块时不使用（每个工作者一个块）',
      'threads-only': '仅限线程：这个实验需要线程之间共享的内存，而 Node 的进程无法拥有',
      'no-python-kernel': '不适用：Python 工作程序（还）没有这个实验的内核',
      'no-global-lock': '此处不可用：全局锁只适用于素数搜索、文件 I/O、网络请求、睡眠和共享状态实验（race、locks、primitives、shared-vs-messages）；这个实验自行驱动各自的线程和进程',
    },
    coresUnavailable: {
      'no-taskset': '不可用：找不到 taskset（util-linux），运行将使用全部核心',
      'windows-no-affinity': '在此 Windows 上不可用：运行将使用全部核心',
      'macos-no-affinity': '在 macOS 上不可用：它没有把进程绑定到核心的方法',
      'unsupported-platform': '在这个平台上不可用：运行将使用全部核心',
      'not-restarted': '不可用：运行将使用全部核心',
      'not-taken': '不可用：系统没有接受这一限制',
      'no-powershell': '不可用：找不到 PowerShell（powershell.exe），运行将使用全部核心',
    },
    coresTooMany: '这里最多 {max} 个（实验室可以使用的核心数）',
  },
}
export default zhCN
