import { createInterface } from 'node:readline';
import type { LocalizedText } from '@smartcity/core';
import { CliError } from './errors.js';
import { type CliLang, tr } from './lang.js';

/** One choice offered by a prompt: typed as its number in the list or as its value. */
export interface PromptChoice {
  value: string;
  label: string;
}

/** Options of one question. */
export interface PromptOptions {
  /** Offered as a numbered list; the answer is the chosen value. */
  choices?: readonly PromptChoice[];
  /** Returned for an empty answer. */
  default?: string;
  /** Checks an answer; a message means "ask again" (validation as you go). */
  validate?: (answer: string) => LocalizedText | undefined;
}

/** Asks questions on a terminal (or on injected streams in tests). */
export interface Prompter {
  ask(question: string, options?: PromptOptions): Promise<string>;
  close(): void;
}

const MAX_ATTEMPTS = 5;

/**
 * A line-based prompter. Lines are read through an async iterator, which buffers them, so answers typed (or piped)
 * ahead of the question are not lost. The end of the input stops the command with a usage error.
 */
export function createPrompter(
  input: NodeJS.ReadableStream,
  output: { write(text: string): boolean },
  lang: CliLang,
): Prompter {
  const rl = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const lines = rl[Symbol.asyncIterator]();
  const words = {
    choose: { id: 'pilih nomor atau nilai', en: 'choose a number or a value' },
    notAChoice: { id: 'bukan salah satu pilihan', en: 'not one of the choices' },
    ended: {
      id: 'masukan berakhir sebelum semua pertanyaan terjawab',
      en: 'the input ended before every question was answered',
    },
    endedHint: {
      id: 'Jawab semua pertanyaan, atau berikan nilainya sebagai opsi',
      en: 'Answer every question, or give the values as options',
    },
    tooMany: { id: 'terlalu banyak jawaban yang tidak valid', en: 'too many invalid answers' },
  } satisfies Record<string, LocalizedText>;
  return {
    async ask(question, options = {}) {
      const choices = options.choices ?? [];
      if (choices.length > 0) {
        const width = String(choices.length).length;
        output.write(`${question} (${tr(words.choose, lang)}):\n`);
        choices.forEach((c, i) => {
          output.write(
            `  ${String(i + 1).padStart(width)}) ${c.label}${c.label === c.value ? '' : `  [${c.value}]`}\n`,
          );
        });
      }
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const suffix = options.default === undefined ? '' : ` [${options.default}]`;
        output.write(`${choices.length > 0 ? '>' : question}${suffix}: `);
        const next = await lines.next();
        if (next.done) {
          output.write('\n');
          throw new CliError({ code: 'input_ended', what: words.ended, hint: words.endedHint });
        }
        let answer = String(next.value).trim();
        if (answer === '' && options.default !== undefined) answer = options.default;
        if (choices.length > 0) {
          const byNumber = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : undefined;
          const chosen = byNumber ?? choices.find((c) => c.value === answer);
          if (!chosen) {
            output.write(`  ! ${tr(words.notAChoice, lang)}: "${answer}"\n`);
            continue;
          }
          answer = chosen.value;
        }
        const problem = options.validate?.(answer);
        if (problem) {
          output.write(`  ! ${tr(problem, lang)}\n`);
          continue;
        }
        return answer;
      }
      throw new CliError({ code: 'usage', what: words.tooMany, where: question });
    },
    close() {
      rl.close();
    },
  };
}
