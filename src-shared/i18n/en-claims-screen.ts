/**
 * English texts of the app's Claims screen (issue 18): the list, its buttons, progress and the
 * evidence beside each verdict. Part of the root catalogue (en.ts) under `claimsScreen`.
 */
export default {
  title: 'Claims',
  notRunYet: 'not run yet',
}
