// The registry of the workspace's collections and fields (field metadata attached to the zod schemas), and stable
// id derivation. Every export is documented where it is declared.

export {
  COLLECTIONS,
  type CollectionInfo,
  type FieldInfo,
  fieldMeta,
  getCollection,
} from './collections.js';
export { type DeriveStableIdOptions, deriveStableId } from './ids.js';
export type { CollectionId, FieldKind, FieldMeta, FieldOption } from './meta.js';
export {
  type CollectionReference,
  type CollectionRow,
  eachRow,
  getFieldValue,
  listRows,
  type RowCursor,
} from './structure.js';
