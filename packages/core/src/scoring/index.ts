// Filled in by the scoring work.
export {};
