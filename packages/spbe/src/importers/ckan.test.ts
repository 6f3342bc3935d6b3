import { describe, expect, it } from 'vitest';
import { importSpbe } from '../importSpbe.js';
import { testWorkspace, utf8 } from '../testing/workspace.testutil.js';
import { ckanImporter, ckanInstant } from './ckan.js';

const SEARCH = {
  help: 'https://data.pontianak.go.id/api/3/action/help_show?name=package_search',
  success: true,
  result: {
    count: 3,
    results: [
      {
        id: 'a1',
        name: 'jumlah-pengaduan-sipedas',
        title: 'Jumlah Pengaduan SIPEDAS',
        metadata_created: '2021-04-09T11:39:37.657233',
        metadata_modified: '2022-01-02T08:00:00',
        organization: { name: 'diskominfo', title: 'Diskominfo' },
        tags: [{ name: 'SIPEDAS' }, { name: 'smart-governance' }],
        license_title: 'Creative Commons Attribution',
      },
      { id: 'a2', name: 'umkm', title: 'Jumlah UMKM', groups: [{ name: 'ekonomi', title: 'Smart Economy' }] },
      { id: 'a3', name: 'lain', title: 'Data Lain', tags: [{ name: 'random' }] },
    ],
  },
};

describe('CKAN importer', () => {
  it('reads naive timestamps in the city zone', () => {
    expect(ckanInstant('2021-04-09T11:39:37.657233', 'Asia/Jakarta')).toBe('2021-04-09T04:39:37.657Z');
    expect(ckanInstant('2021-04-09T11:39:37.657233', 'Asia/Jayapura')).toBe('2021-04-09T02:39:37.657Z');
    expect(ckanInstant('2021-04-09T11:39:37Z', 'Asia/Jakarta')).toBe('2021-04-09T11:39:37.000Z');
    expect(ckanInstant('2021-02-30T11:39:37', 'Asia/Jakarta')).toBeUndefined();
    expect(ckanInstant('x', 'Asia/Jakarta')).toBeUndefined();
  });

  it('attaches package_search datasets to innovations and pillars', async () => {
    const source = { name: 'search.json', bytes: utf8(JSON.stringify(SEARCH)) };
    expect(await ckanImporter.detect(source)).toBeGreaterThan(0.9);
    const { data, report } = await ckanImporter.import(source, { workspace: testWorkspace() });
    expect(data.innovations?.[0]?.evidence).toEqual([
      {
        label: 'Jumlah Pengaduan SIPEDAS',
        url: 'https://data.pontianak.go.id/dataset/jumlah-pengaduan-sipedas',
        kind: 'link',
        extensions: {
          'ckan.id': 'a1',
          'ckan.name': 'jumlah-pengaduan-sipedas',
          'ckan.organization': 'Diskominfo',
          'ckan.created': '2021-04-09T04:39:37.657Z',
          'ckan.modified': '2022-01-02T01:00:00.000Z',
          'ckan.license': 'Creative Commons Attribution',
        },
      },
    ]);
    expect(data.pillarEvidence?.map((p) => p.pillarId).sort()).toEqual(['economy', 'governance']);
    expect(report.counts).toEqual({ read: 3, mapped: 2, extension: 1, rejected: 0 });
  });

  it('reads package_show and reports failures and non-CKAN JSON', async () => {
    const show = {
      help: 'x',
      success: true,
      result: {
        id: 'b',
        name: 'b',
        title: 'B',
        resources: [{ url: 'https://x.go.id/b.csv' }],
        tags: ['SIPEDAS'],
      },
    };
    const r = await ckanImporter.import(
      { name: 's.json', bytes: utf8(JSON.stringify(show)) },
      { workspace: testWorkspace() },
    );
    expect(r.data.innovations?.[0]?.evidence[0]?.url).toBe('https://x.go.id/b.csv');
    const failed = await ckanImporter.import(
      { name: 'f.json', bytes: utf8('{"help":"h","success":false,"error":{"message":"Not found"}}') },
      { workspace: testWorkspace() },
    );
    expect(failed.report.issues[0]?.code).toBe('ckan_error');
    const junk = await ckanImporter.import(
      { name: 'j.json', bytes: utf8('{"a":') },
      { workspace: testWorkspace() },
    );
    expect(junk.report.issues[0]?.code).toBe('invalid_json');
  });

  it('re-importing changes nothing', async () => {
    const source = { name: 'search.json', bytes: utf8(JSON.stringify(SEARCH)) };
    const first = await importSpbe([source], { into: testWorkspace() });
    expect(first.merge.updated.map((u) => u.ref.id)).toEqual(['sipedas']);
    expect(first.extensionsChanged).toBe(true);
    const ext = first.merge.workspace.extensions as Record<string, unknown>;
    expect(Object.keys(ext['spbe.pillarEvidence'] as object).sort()).toEqual(['economy', 'governance']);
    expect((ext['spbe.datasets'] as unknown[]).length).toBe(1);
    const again = await importSpbe([source], { into: first.merge.workspace });
    expect(again.merge.updated).toEqual([]);
    expect(again.extensionsChanged).toBe(false);
    expect(again.merge.workspace).toEqual(first.merge.workspace);
  });
});
