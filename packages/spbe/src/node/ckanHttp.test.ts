import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSpbe } from '../importSpbe.js';
import { testWorkspace } from '../testing/workspace.testutil.js';
import type { ImportSource } from '../types.js';
import { ckanHttpImporter, describeCkanUrl, fetchCkan } from './ckanHttp.js';
import { NODE_IMPORTERS, readImportSource } from './index.js';

// A real CKAN-like portal on 127.0.0.1: no mocked fetch.
const TOTAL = 2500;
const DATASETS = Array.from({ length: TOTAL }, (_, i) => ({
  id: `id-${i}`,
  name: `dataset-${i}`,
  title: `Dataset ${i}`,
  metadata_modified: '2024-01-02T08:00:00',
  tags: [{ name: i % 2 === 0 ? 'smart-governance' : 'lain-lain' }],
}));
const PREFIXED = [
  { id: 'p1', name: 'jumlah-pengaduan', title: 'Jumlah Pengaduan', tags: [{ name: 'SIPEDAS' }] },
  { id: 'p2', name: 'umkm', title: 'Jumlah UMKM', groups: [{ name: 'ekonomi', title: 'Smart Economy' }] },
];

const seen: { path: string; query: URLSearchParams; headers: IncomingMessage['headers'] }[] = [];
let base = '';
const resets = new Set<string>();

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function search(res: ServerResponse, query: URLSearchParams, all: unknown[], prefix: string) {
  const start = Number(query.get('start') ?? 0);
  const rows = Number(query.get('rows') ?? 10);
  send(res, 200, {
    help: `${base}${prefix}/api/3/action/help_show?name=package_search`,
    success: true,
    result: { count: all.length, results: all.slice(start, start + Math.min(rows, 1000)) },
  });
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  seen.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
  const p = url.pathname;
  if (p === '/api/3/action/package_search') return search(res, url.searchParams, DATASETS, '');
  if (p === '/ckan/api/3/action/package_search') return search(res, url.searchParams, PREFIXED, '/ckan');
  if (p === '/ckan/api/3/action/package_show') {
    const ds = PREFIXED.find((d) => d.name === url.searchParams.get('id'));
    if (ds) return send(res, 200, { help: 'h', success: true, result: ds });
    return send(res, 404, {
      help: 'h',
      success: false,
      error: { __type: 'Not Found Error', message: 'Tidak ditemukan' },
    });
  }
  if (p.startsWith('/fail/')) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    return res.end('Internal Server Error');
  }
  if (p.startsWith('/html/')) {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end('<!doctype html><title>Portal</title>');
  }
  if (p.startsWith('/refused/')) {
    return send(res, 200, {
      help: 'h',
      success: false,
      error: { __type: 'Authorization Error', message: 'Akses ditolak' },
    });
  }
  if (p.startsWith('/big/')) {
    // Chunked (no content-length): the cap must stop the stream itself.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"help":"h","success":true,"result":{"count":100,"results":[');
    for (let i = 0; i < 100; i++) res.write(`${i > 0 ? ',' : ''}${JSON.stringify(DATASETS[i])}`);
    return res.end(']}}');
  }
  if (p.startsWith('/slow/')) return; // never answers
  if (p.startsWith('/reset/')) {
    // The first request on each path has its connection closed unanswered (as a server closing a kept-alive
    // connection just as it is reused); the next one is answered.
    if (!resets.has(p)) {
      resets.add(p);
      return req.socket.destroy();
    }
    return search(res, url.searchParams, PREFIXED, '/reset');
  }
  send(res, 404, { error: 'no route' });
});

beforeAll(async () => {
  // Kept-alive connections stay open across slow tests on a busy machine (the retry has its own test: /reset/).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function urls(data: Awaited<ReturnType<typeof ckanHttpImporter.import>>['data']): string[] {
  return [
    ...(data.innovations ?? []).flatMap((i) => i.evidence.map((e) => e.url)),
    ...(data.pillarEvidence ?? []).flatMap((p) => p.evidence.map((e) => e.url)),
    ...(data.datasets ?? []).map((e) => e.url),
  ];
}

async function run(url: string, options?: ImportSource['options']) {
  const source = { ...(await readImportSource(url)), options };
  return ckanHttpImporter.import(source, { workspace: testWorkspace() });
}

describe('CKAN portals over HTTP (real local server)', () => {
  it('pages a portal root over 3 requests and maps all 2,500 datasets once', async () => {
    seen.length = 0;
    const source = await readImportSource(base);
    expect(source).toEqual({ name: `${base}/`, url: base });
    expect(await ckanHttpImporter.detect(source)).toBe(0.9);
    const { data, report } = await ckanHttpImporter.import(source, { workspace: testWorkspace() });
    expect(seen.map((s) => [s.path, s.query.get('start'), s.query.get('rows')])).toEqual([
      ['/api/3/action/package_search', '0', '1000'],
      ['/api/3/action/package_search', '1000', '1000'],
      ['/api/3/action/package_search', '2000', '1000'],
    ]);
    expect(seen[0]?.headers['user-agent']).toContain('@smartcity/spbe');
    expect(seen[0]?.headers.authorization).toBeUndefined();
    const all = urls(data);
    expect(all.length).toBe(TOTAL);
    expect(new Set(all).size).toBe(TOTAL);
    expect(all).toContain(`${base}/dataset/dataset-2499`);
    expect(report.counts).toEqual({ read: TOTAL, mapped: TOTAL / 2, extension: TOTAL / 2, rejected: 0 });
    expect(report.source).toMatchObject({ file: `${base}/`, kind: 'ckan', format: 'http' });
    expect(report.issues.every((i) => i.code === 'not_attached')).toBe(true);
    expect(data.pillarEvidence?.[0]?.evidence[0]?.extensions?.['ckan.modified']).toBe(
      '2024-01-02T01:00:00.000Z',
    );
  });

  it('caps the datasets read and reports the truncation', async () => {
    seen.length = 0;
    const { report } = await run(`${base}/api/3/action/package_search?q=*:*`, { maxDatasets: 1200 });
    expect(seen.map((s) => [s.query.get('q'), s.query.get('start'), s.query.get('rows')])).toEqual([
      ['*:*', '0', '1000'],
      ['*:*', '1000', '200'],
    ]);
    expect(report.counts.read).toBe(1200);
    const cut = report.issues.find((i) => i.code === 'too_big');
    expect(cut?.message.en).toBe('The portal lists 2500 datasets; only the first 1200 were read');
    expect(cut?.message.id).toBe('Portal mencatat 2500 dataset; hanya 1200 pertama yang dibaca');
  });

  it('reads a path-prefixed root and a package_show URL, links datasets under the prefix', async () => {
    const root = await run(`${base}/ckan/`);
    expect(root.report.counts).toEqual({ read: 2, mapped: 2, extension: 0, rejected: 0 });
    expect(root.data.innovations?.[0]?.evidence[0]?.url).toBe(`${base}/ckan/dataset/jumlah-pengaduan`);
    expect(root.data.pillarEvidence?.[0]).toMatchObject({ pillarId: 'economy' });

    const showUrl = `${base}/ckan/api/3/action/package_show?id=umkm`;
    expect(await ckanHttpImporter.detect({ name: showUrl, url: showUrl })).toBe(1);
    const show = await run(showUrl);
    expect(show.report.counts.read).toBe(1);
    expect(show.data.pillarEvidence?.[0]?.evidence[0]?.url).toBe(`${base}/ckan/dataset/umkm`);

    const missing = await run(`${base}/ckan/api/3/action/package_show?id=tidak-ada`);
    expect(missing.report.issues[0]).toMatchObject({
      code: 'ckan_error',
      severity: 'error',
      source: { file: `${base}/ckan/api/3/action/package_show?id=tidak-ada` },
    });
    expect(missing.report.issues[0]?.message.en).toBe(
      'The CKAN portal answered with a failure (HTTP 404): Not Found Error: Tidak ditemukan',
    );
  });

  it('turns HTTP 500, non-JSON, success:false, oversized and silent answers into located errors', async () => {
    const cases: [string, ImportSource['options'], string, string][] = [
      [`${base}/fail/`, undefined, 'http_status', 'The portal answered HTTP 500 Internal Server Error'],
      [
        `${base}/html/`,
        undefined,
        'invalid_json',
        'The answer is not JSON (text/html); is this a CKAN portal?',
      ],
      [
        `${base}/refused/`,
        undefined,
        'ckan_error',
        'The CKAN portal answered with a failure: Authorization Error: Akses ditolak',
      ],
      [
        `${base}/big/`,
        { maxBytes: 2000 },
        'response_too_big',
        'The answer is larger than 2000 bytes; reading stopped',
      ],
      [`${base}/slow/`, { timeoutMs: 200 }, 'timeout', 'The portal did not answer within 200 ms'],
      [
        `${base}/api/3/action/package_list`,
        undefined,
        'unsupported_ckan_action',
        'The action "package_list" is not supported; only package_show and package_search',
      ],
    ];
    for (const [url, options, code, en] of cases) {
      const { data, report } = await run(url, options);
      expect(data, url).toEqual({});
      expect(report.issues.length, url).toBe(1);
      const issue = report.issues[0];
      expect(issue?.code, url).toBe(code);
      expect(issue?.severity).toBe('error');
      expect(issue?.message.en).toBe(en);
      expect(issue?.message.id).not.toBe(en);
      expect(issue?.source?.file?.startsWith(url), url).toBe(true);
    }
    const big = await run(`${base}/big/`);
    expect(big.report.counts.read).toBe(100);
    expect(big.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('sends a GET again, once, when the connection is closed before any answer', async () => {
    seen.length = 0;
    const { report } = await run(`${base}/reset/api/3/action/package_search`);
    expect(seen.map((s) => s.path)).toEqual([
      '/reset/api/3/action/package_search',
      '/reset/api/3/action/package_search',
    ]);
    expect(report.counts.read).toBe(2);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('sends URL credentials as Basic auth and never echoes them', async () => {
    const secretBase = base.replace('http://', 'http://admin:s3cr3t-PW@');
    for (const [path, options] of [
      ['/fail/', undefined],
      ['/html/', undefined],
      ['/slow/', { timeoutMs: 100 }],
      ['/ckan/', undefined],
    ] as const) {
      seen.length = 0;
      const source = { ...(await readImportSource(`${secretBase}${path}`)), options };
      const outcome = await importSpbe([source], { into: testWorkspace(), importers: NODE_IMPORTERS });
      expect(outcome.importers).toEqual(['ckan-http']);
      const text = JSON.stringify([
        source.name,
        outcome.reports,
        outcome.merge.workspace,
        outcome.merge.issues,
      ]);
      expect(text).not.toContain('s3cr3t');
      expect(text).not.toContain('admin');
      expect(seen[0]?.headers.authorization).toBe(
        `Basic ${Buffer.from('admin:s3cr3t-PW').toString('base64')}`,
      );
    }
    expect(describeCkanUrl('https://a:b@data.kota.go.id/x#y')).toBe('https://data.kota.go.id/x');
    const refused = await fetchCkan('http://admin:s3cr3t@127.0.0.1:1/');
    expect(refused.issues[0]?.code).toBe('request_failed');
    expect(JSON.stringify(refused)).not.toContain('s3cr3t');
    expect((await fetchCkan('ftp://data.kota.go.id')).issues[0]?.code).toBe('invalid_url');
  });

  it('re-importing from the portal changes nothing', async () => {
    const source = await readImportSource(`${base}/ckan`);
    const first = await importSpbe([source], { into: testWorkspace(), importers: NODE_IMPORTERS });
    expect(first.importers).toEqual(['ckan-http']);
    expect(first.merge.updated.map((u) => u.ref.id)).toEqual(['sipedas']);
    expect(first.extensionsChanged).toBe(true);
    const again = await importSpbe([source], { into: first.merge.workspace, importers: NODE_IMPORTERS });
    expect(again.merge.updated).toEqual([]);
    expect(again.extensionsChanged).toBe(false);
    expect(again.merge.workspace).toEqual(first.merge.workspace);
  });
});
