import { z } from "zod";

const booleanFromEnv = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

/**
 * How mail leaves Inzet: `smtp` sends it (SMTP_URL), `outbox` keeps it in the development outbox,
 * `log-only` writes recipient and subject to the log and sends nothing. In every mode the stored copy
 * has its links with secrets removed (see mail.ts).
 */
export const mailModes = ["smtp", "outbox", "log-only"] as const;
export type MailMode = (typeof mailModes)[number];

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
  MAIL: z.enum(mailModes, { message: "kies smtp, outbox of log-only" }).optional(),
  DEMO: booleanFromEnv.optional(),
  SEED_DEMO: booleanFromEnv.optional(),
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
  /** Show the demo accounts on the sign-in page (GET /api/demo). */
  demo: boolean;
  /** Load Gemeente Voorbeeld into an empty database at start. */
  seedDemo: boolean;
  mail: MailMode;
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

/**
 * Adds the defaults that depend on NODE_ENV. Production is safe by default: no demo data, no demo
 * accounts (unless SEED_DEMO=true), and mail must really go somewhere (SMTP_URL or MAIL=log-only).
 */
export function toConfig(env: Env): Config {
  const production = env.NODE_ENV === "production";
  const problems: string[] = [];
  if (production && !env.AUTH_SECRET)
    problems.push("AUTH_SECRET: verplicht in productie (minstens 32 tekens)");
  const mail = env.MAIL ?? (env.SMTP_URL ? "smtp" : production ? undefined : "outbox");
  if (!mail) {
    problems.push(
      "SMTP_URL: verplicht in productie, zodat mail (zoals een link voor een nieuw wachtwoord) echt verstuurd wordt. Zet MAIL=log-only als Inzet geen mail mag versturen.",
    );
  } else if (mail === "smtp" && !env.SMTP_URL) {
    problems.push("SMTP_URL: verplicht bij MAIL=smtp");
  } else if (mail !== "smtp" && env.SMTP_URL) {
    problems.push(`MAIL: ${mail} verstuurt geen mail, maar SMTP_URL is ook ingesteld; kies één van beide`);
  } else if (mail === "outbox" && production) {
    problems.push("MAIL: de outbox is alleen voor ontwikkeling; gebruik SMTP_URL of MAIL=log-only");
  }
  if (production && env.DEMO && env.SEED_DEMO !== true) {
    problems.push("DEMO: demo-accounts tonen kan in productie alleen samen met SEED_DEMO=true");
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Ongeldige configuratie / invalid configuration:\n${problems.map((line) => `  ${line}`).join("\n")}`,
    );
  }
  const seedDemo = env.SEED_DEMO ?? !production;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  return {
    ...env,
    publicUrl,
    trustedOrigins: env.PUBLIC_URL
      ? [new URL(publicUrl).origin]
      : [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`],
    demo: production ? env.SEED_DEMO === true && env.DEMO !== false : (env.DEMO ?? true),
    seedDemo,
    mail: mail ?? "log-only",
    authSecret: env.AUTH_SECRET ?? "inzet-development-secret-not-for-production-use",
  };
}
