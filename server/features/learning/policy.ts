/** Record rules shared with the web (answers carry them as `can`). */

export { canOpenWorkspace, canSeeContact } from "../../../shared/learning/research.ts";
export { canEditTrajectory } from "../../../shared/learning/trajectories.ts";
