import { createApp, h } from 'vue'

createApp({ render: () => h('h1', 'Concurrency Lab') }).mount('#app')
