import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new migration under server/db/migrations from the schema;
// the server applies them at start-up (PGlite and PostgreSQL alike).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});
