/**
 * 应用中“论断”页面的中文文本（issue 18）。键与 en-claims-screen.ts 相同。
 */
import type { Messages } from './messages'

const zhCN: Messages['claimsScreen'] = {
  title: '论断',
  notRunYet: '尚未运行',
}

export default zhCN
