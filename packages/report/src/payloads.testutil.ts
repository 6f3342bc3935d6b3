/** The hostile-input corpus of the report tests and a helper that puts it into every user field. */
import type { Workspace } from '@smartcity/core';

/** Text payloads: markup, attribute break-outs, script/JSON terminators, CSS break-outs, template and Markdown tricks. */
export const TEXT_PAYLOADS = [
  '<script>alert("xss-1")</script>',
  '"><svg onload=alert("xss-2")>',
  "'><img src=x onerror=alert('xss-3')>",
  '</script><script>alert("xss-4")</script>\u2028\u2029 end',
  '</style><style>body{background:url(https://evil.example/css.png)}</style>',
  '</title><script>alert("xss-5")</script>',
  '<a href="javascript:alert(\'xss-6\')">klik</a>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<img src="https://evil.example/track.png">',
  '[klik](javascript:alert("xss-7")) ![x](https://evil.example/i.png)',
  '# judul palsu\n| a | b |\n<div>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, on purpose.
  '{{constructor.constructor("alert(8)")()}} ${alert(9)}',
  '<!-- komentar --><![CDATA[ x ]]>',
  '\u0000\u0007 kontrol \u202e terbalik',
] as const;

/** URL payloads: only the http(s) and mailto ones may survive as links. */
export const URL_PAYLOADS = [
  'javascript:alert("xss-url-1")',
  ' JaVaScRiPt:alert(2)',
  'java\tscript:alert(3)',
  'data:text/html,<script>alert(4)</script>',
  'vbscript:msgbox(5)',
  '//evil.example/protocol-relative',
  '/relative/path',
  'https://pontianak.go.id/laporan?a=1&b=<2>"',
  'mailto:smartcity@pontianak.go.id',
] as const;

const TEXT_KEYS = new Set([
  'name',
  'title',
  'description',
  'text',
  'label',
  'abbreviation',
  'unit',
  'mitigation',
  'province',
  'affiliation',
  'role',
  'note',
  'vision',
  'summary',
  'chair',
]);

/**
 * A copy of a workspace with a payload in every free-text field and a hostile URL in every `url` field
 * (cycling through the corpora), and in findings and mission lists. Ids, enums, dates and numbers are left alone:
 * they are what make it a workspace.
 */
export function hostileWorkspace(base: Workspace, salt = 0): Workspace {
  let t = salt;
  let u = salt;
  const walk = (value: unknown, key: string | null): unknown => {
    if (Array.isArray(value)) {
      return value.map((item) =>
        typeof item === 'string' &&
        (key === 'mission' || key === 'strengths' || key === 'weaknesses' || key === 'recommendations')
          ? TEXT_PAYLOADS[t++ % TEXT_PAYLOADS.length]
          : walk(item, key),
      );
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (typeof v === 'string' && k === 'url') out[k] = URL_PAYLOADS[u++ % URL_PAYLOADS.length];
        else if (typeof v === 'string' && TEXT_KEYS.has(k))
          out[k] = `${TEXT_PAYLOADS[t++ % TEXT_PAYLOADS.length]} ${v}`;
        else out[k] = walk(v, k);
      }
      return out;
    }
    return value;
  };
  return walk(structuredClone(base), null) as Workspace;
}
