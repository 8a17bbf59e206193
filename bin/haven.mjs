#!/usr/bin/env node
// The `haven` command. TypeScript sources run directly through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
