import { EXIT } from '../ui/errors.js';
import { summaryOf } from './registry.js';
import type { Command } from './types.js';

export const command: Command = {
  name: 'summary',
  summary: summaryOf('summary'),
  usage: 'summary',
  positionals: [],
  options: {},
  examples: [],
  async run(ctx) {
    ctx.print('todo');
    return EXIT.ok;
  },
};
