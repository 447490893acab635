/** Record rules shared with the web (answers carry them as `can`). */

export {
  canEditReport,
  canPublishReport,
  canReopenReport,
  canRespondToReport,
  canSeeReport,
  canSignOffReport,
} from "../../../shared/learning/reports.ts";
export { canOpenWorkspace, canSeeContact } from "../../../shared/learning/research.ts";
export { canEditTrajectory } from "../../../shared/learning/trajectories.ts";
