// electron-vite's `?modulePath` import: the bundler emits the module as its own entry chunk and
// the import evaluates to its absolute path at run time (vitest emulates it, see build/).
declare module '*?modulePath' {
  const modulePath: string
  export default modulePath
}
