/**
 * `@smartcity/core`: the Indonesian smart city programme (Gerakan Menuju Smart City) as a typed, validated model.
 *
 * @packageDocumentation
 */

export * from './calendar/index.js';
export * from './format/index.js';
export * from './i18n/index.js';
export * from './import/index.js';
export * from './issues/index.js';
export * from './model/index.js';
export * from './pillars/index.js';
export * from './regions/index.js';
export * from './scoring/index.js';
export * from './summary/index.js';
