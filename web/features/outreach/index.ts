// What other features show of outreach (ADR 0017: another feature imports api.ts or index.ts).
export { OwnShifts } from "./own-shifts.tsx";
