/**
 * The server's settings, read from the environment and checked once at start. A wrong
 * value stops the server with a message that names the variable.
 */
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  STATIC_DIR: z.string().min(1).default('./dist/client'),
  // The organisation overlay the build must hold (docs/decisions/020-organisation-overlays.md).
  WEERBAAR_OVERLAY: z.string().min(1).optional(),
  /** Group-session join attempts per client address per minute. */
  SESSION_JOIN_LIMIT: z.coerce.number().int().min(1).default(120),
  /** Seconds between sweeps that delete expired group sessions. */
  SESSION_SWEEP_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment; throws an error naming each wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
