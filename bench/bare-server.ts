// The baseline: a bare Fastify endpoint that does one INSERT through pg, nothing else.
import Fastify from 'fastify';
import pg from 'pg';
import { randomUUID } from 'node:crypto';

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 0);
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: 10 });
await pool.query(
  'create table if not exists bench_bare (id uuid primary key, body jsonb not null, received_at timestamptz not null default now())',
);
const app = Fastify();
app.post('/submit', async (request, reply) => {
  await pool.query('insert into bench_bare (id, body) values ($1, $2)', [randomUUID(), request.body]);
  return reply.code(201).send({ ok: true });
});
await app.listen({ port, host: '127.0.0.1' });
process.stdout.write('ready\n');
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0)),
);
