/** The report's schema of a lane timeline (lane-timeline.ts has the types and why). */
import { z } from 'zod'
import { LANE_STATES, MAX_LANE_SPANS, type LaneSpan, type LaneTimeline } from './lane-timeline'
import { nonNegative } from './numbers'
import { WaitForGraphSchema } from './hazards-report'

export const LaneSpanSchema = z.object({
  worker: z.number().int().min(0).max(1024),
  state: z.enum(LANE_STATES),
  startMs: nonNegative,
  endMs: nonNegative,
}) satisfies z.ZodType<LaneSpan>

export const LaneTimelineSchema = z.object({
  workers: z.number().int().min(1).max(1024),
  label: z.string().max(200),
  spans: z.array(LaneSpanSchema).max(MAX_LANE_SPANS),
  dropped: z.number().int().min(0),
  costNsPerEvent: nonNegative.optional(),
  graph: WaitForGraphSchema.optional(),
}) satisfies z.ZodType<LaneTimeline>
