// What other web features may use from volunteers.
export { SignupFields } from "./signup-fields.tsx";
export { SlotGrid } from "./slot-grid.tsx";
