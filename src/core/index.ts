/** The FrontBack core: pure, synchronous domain logic shared by the add-in, the CLI and the scripts. */
export * from "./types";
export * from "./normalize";
export * from "./override";
export * from "./classifier/classifier";
export { LEARNED_RULE_ID } from "./classifier/learned";
export { FIRST_FACTOR, REPEAT_FACTOR, ROLE_FACTOR } from "./classifier/tuning";
export * from "./rules/builtin";
export * from "./rules/patterns";
export * from "./rules/rule-rows";
export * from "./skills";
export * from "./matrix";
export * from "./gaps";
export * from "./summary";
export * from "./format";
export * from "./columns";
export * from "./hours-unit";
