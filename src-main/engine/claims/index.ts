/**
 * The claims' engine (issue 18), as the front doors see it: plan the suite that settles some
 * claims on this machine, then decide their verdicts from the report it made. The CLI
 * (`conlab claims`) and the lab service (the Claims screen) both go through these two calls.
 */
export { planClaims, type ClaimsEnvironment } from './plan'
export { decideClaims } from './decide'
