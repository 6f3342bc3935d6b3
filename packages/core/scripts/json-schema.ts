// Builds the JSON Schemas the core publishes for integrators in other languages: the workspace format and the
// evaluation score. Deliberately outside `src/` and not exported from the package entry, so that zod's
// `toJSONSchema` stays out of the runtime bundle. `write-json-schema.ts` writes them to `workspace.schema.json` and
// to `src/scoring/evaluation-score-json-schema.generated.ts` (static data behind `evaluationScoreJsonSchema()`);
// `src/model/jsonSchema.test.ts` and `src/scoring/evaluation-score-json-schema.test.ts` check that both are up to
// date.

import * as z from 'zod/mini';
import { AgencySchema } from '../src/model/agency.js';
import { ApplicationSchema } from '../src/model/application.js';
import { BodySchema } from '../src/model/body.js';
import { EvaluationSchema } from '../src/model/evaluation.js';
import { InnovationSchema, KpiSchema } from '../src/model/innovation.js';
import { MasterplanSchema, ProgrammeSchema, ReadinessAreaSchema } from '../src/model/masterplan.js';
import { MunicipalitySchema, RegulationSchema } from '../src/model/municipality.js';
import { EvidenceSchema, ProvenanceSchema } from '../src/model/primitives.js';
import { RiskSchema } from '../src/model/risk.js';
import { StakeholderSchema } from '../src/model/stakeholder.js';
import { CURRENT_SCHEMA_VERSION, WorkspaceSchema } from '../src/model/workspace.js';
import { COLLECTIONS } from '../src/registry/collections.js';
import { EvaluationScoreSchema } from '../src/scoring/evaluation-score-schema.js';

/** The `$id` of the JSON Schema of the current workspace format. */
export const WORKSPACE_SCHEMA_ID = `https://smartcity.id/schema/workspace-${CURRENT_SCHEMA_VERSION}.json`;

type JsonMeta = { id?: string; title?: string; description?: string };

/**
 * Titles and descriptions of the fields, from the collection registry (the same bilingual labels an exporter or a
 * form shows): English title, description in both languages.
 */
function addFieldTitles(registry: z.core.$ZodRegistry<JsonMeta>): void {
  for (const collection of COLLECTIONS) {
    for (const field of collection.fields) {
      const schema = fieldSchema(collection.schema, field.key);
      if (schema === undefined || registry.has(schema)) continue;
      const about = field.description ? ` ${field.description.en} / ${field.description.id}.` : '';
      registry.add(schema, {
        title: field.label.en,
        description: `${field.label.en} (${field.label.id}).${about}`,
      });
    }
  }
}

/** The zod schema of a field of a row schema by dotted key (through optional/default/nullable wrappers). */
interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
}

function fieldSchema(row: z.core.$ZodType, key: string): z.core.$ZodType | undefined {
  const defOf = (schema: z.core.$ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
  let current: z.core.$ZodType | undefined = row;
  for (const part of key.split('.')) {
    let def: Def = defOf(current);
    while (def.innerType !== undefined && def.shape === undefined) def = defOf(def.innerType);
    current = def.shape?.[part];
    if (current === undefined) return undefined;
  }
  return current;
}

/** Names and descriptions of the entities, which become `$defs` of the JSON Schema. */
function entityRegistry() {
  const registry = z.registry<JsonMeta>();
  const add = (schema: z.core.$ZodType, id: string, description: string) =>
    registry.add(schema, { id, description });
  add(
    MunicipalitySchema,
    'Municipality',
    'The kabupaten/kota the workspace belongs to. regionCode is the Kemendagri PP.KK code (kabupaten KK 01–69, kota 71–99).',
  );
  add(RegulationSchema, 'Regulation', 'A regional regulation (Perda, Perwal, Perbup, Keputusan…).');
  add(AgencySchema, 'Agency', 'An agency (OPD / Perangkat Daerah) of the municipality.');
  add(
    StakeholderSchema,
    'Stakeholder',
    'A pentahelix partner (academia, business, community, government, media).',
  );
  add(
    BodySchema,
    'Body',
    'A programme body: Dewan Smart City, Tim Pelaksana, Tim Teknis or Forum Smart City. each member is an agency or a stakeholder.',
  );
  add(
    MasterplanSchema,
    'Masterplan',
    'The smart city masterplan: period, vision, mission, RPJMD alignment, readiness analysis and programmes.',
  );
  add(ReadinessAreaSchema, 'ReadinessArea', 'One area of the readiness analysis (analisis kesiapan).');
  add(
    ProgrammeSchema,
    'Programme',
    'A masterplan programme in one pillar, with a horizon, a lead agency and its innovations.',
  );
  add(
    InnovationSchema,
    'Innovation',
    'An innovation (quick win or masterplan action) with budget, KPIs, evidence, applications and its status history.',
  );
  add(
    KpiSchema,
    'Kpi',
    'A key performance indicator; target and measurement units, when given, must equal unit.',
  );
  add(EvidenceSchema, 'Evidence', 'A piece of evidence (data dukung): a label and an http(s) link.');
  add(ApplicationSchema, 'Application', 'An application of the SPBE application inventory.');
  add(
    EvaluationSchema,
    'Evaluation',
    'A self-assessment, internal or external evaluation with scores and findings.',
  );
  add(RiskSchema, 'Risk', 'A risk of the risk register (likelihood and impact 1–5).');
  add(
    ProvenanceSchema,
    'Provenance',
    'Sources of a record, and which of its fields are illustrative ("*" = all).',
  );
  addFieldTitles(registry);
  return registry;
}

/**
 * The JSON Schema (draft 2020-12) of a workspace as it may be written (zod's input side: fields with defaults are
 * optional). Cross-record rules (references, date order, units, lifecycle) cannot be expressed in JSON Schema and
 * are only checked by `parseWorkspace`.
 */
export function workspaceJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(WorkspaceSchema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: entityRegistry(),
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: WORKSPACE_SCHEMA_ID,
    title: `@smartcity workspace, schemaVersion ${CURRENT_SCHEMA_VERSION}`,
    description:
      "A municipality's smart city workspace (Gerakan Menuju Smart City, Indonesia): municipality, agencies, stakeholders, programme bodies, masterplan, innovations, SPBE applications, evaluations and risks. Unknown fields are rejected except inside `extensions`. The keys __proto__, constructor and prototype are rejected everywhere. Cross-record rules (unique ids, references, date order, KPI units, innovation lifecycle) are checked by @smartcity/core's parseWorkspace, not by this schema.",
    ...rest,
  };
}

/** The JSON Schema as committed: pretty-printed with two spaces and a trailing newline. */
export function workspaceJsonSchemaText(): string {
  return `${JSON.stringify(workspaceJsonSchema(), null, 2)}\n`;
}

/** The `$id` of the JSON Schema of {@link EvaluationScoreSchema} (version 1). */
export const EVALUATION_SCORE_SCHEMA_ID = 'https://smartcity.id/schema/evaluation-score-1.json';

/**
 * The JSON Schema (draft 2020-12) of an evaluation score, generated from `EvaluationScoreSchema` (zod's output
 * side). `evaluationScoreJsonSchema()` returns the same object, kept as static data in the generated module.
 */
export function evaluationScoreJsonSchemaFromZod(): Record<string, unknown> {
  return {
    $id: EVALUATION_SCORE_SCHEMA_ID,
    title: 'EvaluationScore (version 1) — @smartcity/core',
    ...(z.toJSONSchema(EvaluationScoreSchema, { target: 'draft-2020-12', io: 'output' }) as Record<
      string,
      unknown
    >),
  };
}

/**
 * The source of `src/scoring/evaluation-score-json-schema.generated.ts` before formatting (the write script runs
 * biome over it, so the committed file is compared by value, not by text).
 */
export function evaluationScoreJsonSchemaModule(): string {
  return [
    '// Generated by scripts/write-json-schema.ts (npm run schema -w @smartcity/core) from EvaluationScoreSchema with',
    "// zod's toJSONSchema. Do not edit: a test regenerates it and compares. Static data, so that the runtime needs no",
    '// JSON Schema code from zod.',
    '',
    '/** The JSON Schema (draft 2020-12) of an evaluation score, version 1. */',
    `export const EVALUATION_SCORE_JSON_SCHEMA: Record<string, unknown> = ${JSON.stringify(evaluationScoreJsonSchemaFromZod())};`,
    '',
  ].join('\n');
}
