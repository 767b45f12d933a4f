/**
 * 简体中文 texts of saved and imported results: empty charts, where a result comes from, the History
 * screen, importing.
 * The same keys as en-history.ts; the root catalogue (zh-CN.ts) spreads them in.
 */
import type { Messages } from './messages'

const zhCN: Pick<Messages, 'empty' | 'sources' | 'history' | 'import'> = {
  empty: {
    none: '还没有测量数据。运行这个实验，或从“历史”中打开一份报告。',
    measuring: '正在测量…每个数据点完成后才会显示。',
    failed: '没有数据：所有运行都失败了（见上文）。',
    failedBecause: '没有数据：所有运行都失败了。{reason}',
    'no-points': '这次运行在第一个数据点完成前就结束了：没有可绘制的内容。',
    'not-in-result': '这些结果中没有这张图表的数据。',
    'no-match': '所选报告之间没有可以对应的数据点：它们的测量设置不同（见“未比较”）。',
  },
  sources: {
    run: '本机测量',
    import: '导入',
    history: '来自历史记录',
  },
  history: {
    title: '历史记录',
    saved: '已保存的报告',
    intro: '引擎保存的报告。打开一份查看其中的数据，或导入别人发给你的文件。',
    refresh: '刷新',
    empty: '还没有已保存的报告。',
    open: '打开',
    rename: '重命名',
    save: '保存',
    cancel: '取消',
    delete: '删除',
    confirmDelete: '确定删除',
    newTitle: '{title} 的新标题',
    corrupt: '无法读取：{problem}',
    runs: '{n} 次运行',
    aborted: '包含已中止的运行',
    inSession: '本窗口中的结果',
    remove: '移除',
    show: '显示',
    compare: '比较',
  },
  import: {
    title: '导入报告',
    drop: '把报告文件拖到这里，或者',
    choose: '选择文件…',
    imported: '已导入 {name}。',
    failed: '{name}：{message}',
  },
}
export default zhCN
