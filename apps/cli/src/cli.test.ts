import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands/registry.js';
import { CLI, runCli, STACK_TRACE } from './test-support.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// Every registered command (adapters add theirs); the CLI's own are always there, in this order.
const COMMAND_NAMES = COMMANDS.map((c) => c.name);
const OWN_COMMANDS = ['init', 'add', 'validate', 'summary', 'schedule', 'demo'];

describe('smartcity (entry point and global flags)', () => {
  it('prints the package version for --version and -v, and a JSON envelope with --json', () => {
    for (const flag of ['--version', '-v']) {
      const run = runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${pkg.version}\n`);
      expect(run.stderr).toBe('');
    }
    const json = runCli(['--version', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ command: 'version', ok: true, version: pkg.version });
  });

  it('does not load any command or the core for --version', () => {
    const entry = readFileSync(CLI, 'utf8');
    expect(entry.startsWith('#!/usr/bin/env node')).toBe(true);
    // The entry imports exactly one module (the dispatcher), lazily.
    expect(entry).not.toMatch(/^import /m);
    expect(entry).toMatch(/import\("\.\/start-[\w-]+\.js"\)/);
  });

  it('lists every command in the top-level help, in Indonesian by default and in English on request', () => {
    const id = runCli(['--help']);
    expect(id.status).toBe(0);
    expect(id.stdout).toContain('Penggunaan:');
    expect(id.stdout).toContain('Memeriksa workspace dan menampilkan setiap masalah');
    const en = runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage:');
    expect(en.stdout).toContain('Check a workspace and print every issue');
    for (const name of COMMAND_NAMES) {
      expect(id.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
      expect(en.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    const env = runCli(['-h'], { env: { SMARTCITY_LANG: 'en' } });
    expect(env.stdout).toContain('Usage:');
  });

  it('lists the commands as JSON with --json --help', () => {
    const run = runCli(['--help', '--json', '--lang', 'en']);
    expect(run.status).toBe(0);
    const body = JSON.parse(run.stdout) as { command: string; commands: { name: string; summary: string }[] };
    expect(body.command).toBe('help');
    expect(body.commands.map((c) => c.name)).toEqual(COMMAND_NAMES);
    expect(COMMAND_NAMES.filter((name) => OWN_COMMANDS.includes(name))).toEqual(OWN_COMMANDS);
  });

  it('prints the help on stderr and exits 2 when no command is given', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Penggunaan:');
  });

  it('has a --help with usage and an example for every command, also via "smartcity help <command>"', () => {
    for (const name of COMMAND_NAMES) {
      const en = runCli([name, '--help', '--lang', 'en']);
      expect(en.status, `${name}: ${en.stderr}`).toBe(0);
      expect(en.stdout).toContain(`smartcity ${name} — `);
      expect(en.stdout).toContain('Usage:');
      expect(en.stdout).toMatch(/Examples:\n {2}\$ smartcity /);
      const id = runCli(['help', name]);
      expect(id.status).toBe(0);
      expect(id.stdout).toContain('Penggunaan:');
      expect(id.stdout).toMatch(/Contoh:\n {2}\$ smartcity /);
    }
    const short = runCli(['init', '-h']);
    expect(short.status).toBe(0);
    expect(short.stdout).toContain('smartcity init — ');
  });

  it('rejects an unknown command with a suggestion, exit 2, in both languages', () => {
    const id = runCli(['valdate', 'x.json']);
    expect(id.status).toBe(2);
    expect(id.stdout).toBe('');
    expect(id.stderr).toBe(
      'smartcity: perintah "valdate" tidak dikenal. Maksud Anda "smartcity validate"? Jalankan "smartcity --help" untuk daftar perintah.\n',
    );
    const en = runCli(['frobnicate', '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      'smartcity: unknown command "frobnicate". Run "smartcity --help" for the list of commands.\n',
    );
  });

  it('rejects an unknown flag, a missing option value and an extra argument with exit 2', () => {
    const flag = runCli(['validate', 'x.json', '--frob']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe(
      'smartcity: opsi "--frob" tidak dikenal (smartcity validate). Jalankan "smartcity validate --help" untuk cara penggunaan.\n',
    );
    const en = runCli(['validate', 'x.json', '--frob', '--lang=en']);
    expect(en.stderr).toBe(
      'smartcity: unknown option "--frob" (smartcity validate). Run "smartcity validate --help" for usage.\n',
    );
    const short = runCli(['summary', 'x.json', '-z', '--lang', 'en']);
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('unknown option "-z"');
    const extra = runCli(['validate', 'a.json', 'b.json', '--lang', 'en']);
    expect(extra.status).toBe(2);
    expect(extra.stderr).toContain('unexpected argument "b.json"');
    const missing = runCli(['validate', '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing argument <workspace.json>');
    const boolValue = runCli(['validate', 'x.json', '--json=yes', '--lang', 'en']);
    expect(boolValue.status).toBe(2);
    expect(boolValue.stderr).toContain('option "--json" takes no value');
  });

  it('rejects an unsupported --lang or SMARTCITY_LANG, and a --lang without a value, with exit 2', () => {
    const bad = runCli(['validate', 'x.json', '--lang', 'fr']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'smartcity: bahasa "fr" tidak didukung (--lang). Gunakan id (Bahasa Indonesia) atau en (English).\n',
    );
    const env = runCli(['--help'], { env: { SMARTCITY_LANG: 'de' } });
    expect(env.status).toBe(2);
    expect(env.stderr).toContain('(SMARTCITY_LANG)');
    const missing = runCli(['validate', 'x.json', '--lang']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('opsi "--lang" memerlukan nilai');
  });

  it('puts a usage error into the JSON envelope on stdout with --json', () => {
    const run = runCli(['validate', 'x.json', '--frob', '--json', '--lang', 'en']);
    expect(run.status).toBe(2);
    const body = JSON.parse(run.stdout) as {
      command: string;
      ok: boolean;
      error: { code: string; exitCode: number; message: string; messages: { id: string; en: string } };
    };
    expect(body).toMatchObject({ command: 'validate', ok: false, error: { code: 'usage', exitCode: 2 } });
    expect(body.error.messages.id).toContain('opsi "--frob" tidak dikenal');
    expect(body.error.message).toBe(body.error.messages.en);
  });

  it('never prints a stack trace for usage errors, but does with --debug', () => {
    const runs = [
      runCli(['nope']),
      runCli(['validate', '--frob']),
      runCli(['validate', 'x.json', '--lang', 'xx']),
      runCli(['schedule', 'not-a-year', '--tz', 'Asia/Jakarta']),
    ];
    for (const run of runs) {
      expect(run.status).toBe(2);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).not.toMatch(STACK_TRACE);
    }
    const debug = runCli(['validate', '--frob', '--debug']);
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(STACK_TRACE);
  });

  it('never colours output when NO_COLOR is set or the output is not a terminal', () => {
    const run = runCli(['--help'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(run.stdout).not.toContain('\u001b[');
    const piped = runCli(['validate', '--frob'], { env: { NO_COLOR: undefined } });
    expect(piped.stderr).not.toContain('\u001b[');
  });
});
