import { z } from 'zod';

const bool = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Every environment variable Haven reads. README's configuration table mirrors this. */
export const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  HAVEN_DATA_DIR: z.string().default('./.haven'),
  HAVEN_DEMO: bool.default(true),
  HAVEN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  HAVEN_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  HAVEN_TRUST_PROXY: bool.default(false),
  HAVEN_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  HAVEN_SIGNIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(20),
  HAVEN_SIGNIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  HAVEN_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof Config>;

/** Parses the environment once; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Config.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
