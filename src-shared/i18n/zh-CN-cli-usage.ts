/**
 * 简体中文 texts of the command line's help and its usage errors: bad flags and arguments, an unusable
 * --out.
 * The same keys as en-cli-usage.ts; the cli area (zh-CN-cli.ts) spreads them in.
 */
import type { Messages } from './messages'

const zhCN: Pick<Messages['cli'], 'help' | 'commander' | 'usage' | 'out'> = {
  help: {
    usage: '用法：',
    options: '选项：',
    globalOptions: '全局选项：',
    commands: '命令：',
    arguments: '参数：',
    help: '显示命令的帮助',
    version: '显示版本号',
    afterError: '（加 --help 查看用法）',
    lang: '输出语言：{choices}（默认依次取 LC_ALL、LC_MESSAGES、LANG，否则为英文）',
  },
  commander: {
    unknownOption: '错误：未知选项 {option}',
    unknownCommand: '错误：未知命令 {name}',
    missingArgument: '错误：缺少必需的参数 {name}',
    optionMissingArgument: '错误：选项 {option} 缺少取值',
    missingMandatoryOptionValue: '错误：必须给出选项 {option}',
    excessArguments: '错误：参数过多',
    didYouMean: '（你是不是想输入 {names}？）',
  },
  usage: {
    seeHelp: '（加 --help 查看用法）',
    unknownCommand: '未知命令 {name}（可用命令：{commands}）',
    badLang: '--lang 只能是 {choices}，收到的是 "{value}"',
    langMissing: '--lang 需要指定语言：{choices}',
    wholeNumber: '{flag} 需要一个整数，收到的是 "{value}"',
    emptyElement: '{flag}：逗号列表 "{value}" 中有空项',
    thisFlag: '此选项',
    workers: '--workers 需要 "auto" 或逗号列表，例如 1,2,4',
    choice: '{flag} 只能是 {choices} 之一，收到的是 "{value}"',
    choiceList: '{flag} 需要由 {choices} 组成的逗号列表',
    commaList: '{flag} 需要一个逗号列表',
    byteSize: '{flag} 需要 64、1k、64k、1m 这样的大小，收到的是 "{value}"',
    setting: '{flag}：{message}',
    workersRange: '必须是 "auto"，或由 1 到 {most} 个工作者数量组成的列表，每个都是 1 到 {max} 之间的整数',
    root: '（整体）',
    utility: '--runtimes utility：实用进程（utility process）只在桌面应用中存在（请用 main、main-async、thread 或 process）',
    compareTwo: 'compare 至少需要两个报告文件',
    stdoutOneFormat: '--out -（标准输出）只接受一种文本格式：json、csv、md、html 或 trace',
  },
  out: {
    empty: '--out：文件名为空（不给 --out 则写入默认的 reports/ 文件夹）',
    namesFolder: '--out：{path} 是文件夹名，不是文件名',
    tooLong: '--out：文件名过长（{bytes} 字节；这里最多 {max} 字节）',
    isFolder: '--out：{path} 是一个文件夹，请给出其中的文件名',
    notFile: '--out：{path} 已存在，但不是普通文件',
    cannotUse: '--out：无法使用 {path}（{why}）',
    problem: '--out：{message}',
    cannotWrite: '--out：无法在 {folder} 中写入文件（{why}）',
    why: { EACCES: '权限不足', EPERM: '权限不足', EROFS: '只读文件系统', ENAMETOOLONG: '文件名过长', ENOSPC: '磁盘空间不足' },
  },
}
export default zhCN
