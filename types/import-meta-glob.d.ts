// Vite's `import.meta.glob` (lazy form only), used by the renderer's start-up (src-renderer/main.ts)
// to load the workload definitions one chunk at a time. Typed here because the web tsconfig loads
// no `vite/client` types.
interface ImportMeta {
  glob(patterns: string | string[]): Record<string, () => Promise<unknown>>
}
