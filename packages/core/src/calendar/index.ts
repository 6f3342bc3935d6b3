// Filled in by the calendar work.
export {};
