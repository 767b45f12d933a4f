/**
 * 简体中文 texts of the app's frame: its name and banners, the web mode's link to the lab server, the
 * navigation.
 * The same keys as en-app.ts; the root catalogue (zh-CN.ts) spreads them in.
 */
import type { Messages } from './messages'

const zhCN: Pick<Messages, 'app' | 'connection' | 'nav'> = {
  app: {
    title: '并发实验室',
    tagline: '在你自己的机器上比较线程与进程。',
    skip: '跳到正文',
    languageNames: { en: 'English', 'zh-CN': '简体中文' },
    language: '语言',
    engineError: '引擎没有响应：{message}',
    restoredDropped: '有 {n} 个已保存的结果无法读回，已略去。',
    storageFull: '浏览器存储已满：最早的结果在重新加载后将不会保留。',
  },
  connection: {
    noToken: '页面地址中没有访问令牌：请打开实验室服务器打印出的 URL',
    tooLargeRefused: '实验室服务器拒绝了一条过大的消息',
    closedBecause: '实验室服务器关闭了连接：{reason}',
    closed: '与实验室的连接已关闭',
    unreachable: '无法连接到实验室服务器',
    lost: '与实验室服务器的连接已断开',
    tooLargeToSend: '内容过大，无法发送到实验室服务器：{size}，{method} 最多允许 {max}',
    runFailed: '无法开始运行：{message}。实验室服务器可能已停止；它恢复后页面会自动重新连接。',
    retrying: '正在重新连接（第 {k} 次，共 {n} 次）…',
    reconnect: '重新连接',
    banner: '与实验室引擎的连接已断开：{message}。恢复连接之前无法开始运行。',
    state: {
      connecting: '正在连接…',
      open: '已连接',
      retrying: '正在重新连接…',
      offline: '已断开',
    },
  },
  nav: {
    label: '实验',
    history: '历史记录',
    compare: '比较',
  },
}
export default zhCN
