/**
 * Sample workspaces for four cities from the programme's news articles: Kota Pontianak (2023), Kota Singkawang
 * (2022), Kota Pekalongan (2021) and Kota Payakumbuh (2022). Facts from the articles stay as stated (each record's
 * `provenance.sources`); invented values are listed in `provenance.illustrative`. Used by the tests, the demo and
 * the adapters' examples.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * SAMPLE_WORKSPACES['pontianak-2023'].municipality.timeZone; // 'Asia/Pontianak'
 * ```
 *
 * @packageDocumentation
 */
import type { Workspace } from '../model/index.js';
import { payakumbuh2022 } from './payakumbuh-2022.js';
import { pekalongan2021 } from './pekalongan-2021.js';
import { pontianak2023 } from './pontianak-2023.js';
import { singkawang2022 } from './singkawang-2022.js';

export { payakumbuh2022, pekalongan2021, pontianak2023, singkawang2022 };

/**
 * Ids of the sample workspaces: `<city>-<programme year>`.
 *
 * @example
 * ```ts
 * SAMPLE_IDS; // ['pontianak-2023', 'singkawang-2022', 'pekalongan-2021', 'payakumbuh-2022']
 * ```
 */
export const SAMPLE_IDS = [
  'pontianak-2023',
  'singkawang-2022',
  'pekalongan-2021',
  'payakumbuh-2022',
] as const;

/**
 * Id of a sample workspace.
 *
 * @example
 * ```ts
 * const id: SampleId = 'pekalongan-2021';
 * ```
 */
export type SampleId = (typeof SAMPLE_IDS)[number];

/**
 * The sample workspaces by id.
 *
 * @example
 * ```ts
 * Object.keys(SAMPLE_WORKSPACES).length; // 4
 * ```
 */
export const SAMPLE_WORKSPACES: Readonly<Record<SampleId, Workspace>> = {
  'pontianak-2023': pontianak2023,
  'singkawang-2022': singkawang2022,
  'pekalongan-2021': pekalongan2021,
  'payakumbuh-2022': payakumbuh2022,
};

/**
 * The programme year of each sample (the year its calendar and summary are about).
 *
 * @example
 * ```ts
 * SAMPLE_PROGRAMME_YEARS['payakumbuh-2022']; // 2022
 * ```
 */
export const SAMPLE_PROGRAMME_YEARS: Readonly<Record<SampleId, number>> = {
  'pontianak-2023': 2023,
  'singkawang-2022': 2022,
  'pekalongan-2021': 2021,
  'payakumbuh-2022': 2022,
};
