import { z } from "zod";

const booleanFromEnv = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

/** Every environment variable Inzet reads. Validated once at start; see README "Configuratie". */
export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "moet beginnen met postgres:// of postgresql://")
    .optional(),
  AUTH_SECRET: z.string().min(32, "moet minstens 32 tekens lang zijn").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "moet beginnen met smtp:// of smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Inzet <noreply@inzet.local>"),
  DEMO: booleanFromEnv.optional(),
  SEED_DEMO: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: booleanFromEnv.default(false),
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGNIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  PUBLIC_WRITE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  PUBLIC_WRITE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
});

export type Env = z.infer<typeof configSchema>;

export type Config = Env & {
  publicUrl: string;
  /** Origins allowed to send state-changing requests (CSRF) and to use the auth endpoints. */
  trustedOrigins: string[];
  demo: boolean;
  authSecret: string;
};

export class ConfigError extends Error {}

/** Reads and checks the environment; throws ConfigError with one line per bad value. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape).flatMap((key) =>
      env[key] === undefined || env[key] === "" ? [] : [[key, env[key]]],
    ),
  );
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) =>
        `  ${issue.path.join(".")}: ${issue.message} (waarde: ${JSON.stringify(relevant[String(issue.path[0])])})`,
    );
    throw new ConfigError(`Ongeldige configuratie / invalid configuration:\n${lines.join("\n")}`);
  }
  return toConfig(parsed.data);
}

export function toConfig(env: Env): Config {
  const production = env.NODE_ENV === "production";
  if (production && !env.AUTH_SECRET) {
    throw new ConfigError(
      "Ongeldige configuratie / invalid configuration:\n  AUTH_SECRET: verplicht in productie (minstens 32 tekens)",
    );
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  return {
    ...env,
    publicUrl,
    trustedOrigins: env.PUBLIC_URL
      ? [new URL(publicUrl).origin]
      : [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`],
    demo: env.DEMO ?? !production,
    authSecret: env.AUTH_SECRET ?? "inzet-development-secret-not-for-production-use",
  };
}
