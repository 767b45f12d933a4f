/**
 * The shape every catalogue must have: English's, with every text a string. The Chinese
 * catalogue is typed by it, so a key missing in either language is a compile error; placeholders
 * are compared by a test (test/shared/i18n-catalogues.test.ts).
 */
import type en from './en'

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> }
export type Messages = Widen<typeof en>
