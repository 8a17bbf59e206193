import * as audit from './commands/audit';
import * as createService from './commands/create-service';
import * as createUser from './commands/create-user';
import * as migrate from './commands/migrate';
import * as serve from './commands/serve';
import { UsageError } from './runtime';

type Command = { help: string; run: (args: string[]) => Promise<unknown> };

const COMMANDS: Record<string, Command> = {
  serve,
  migrate,
  'create-service': createService,
  'create-user': createUser,
  audit,
};

const USAGE = `haven: the Haven command line

Usage: haven <command> [options]

Commands:
  serve            serve Haven (API and web app)
  migrate          apply database migrations
  create-service   open a new service
  create-user      add a person to a service (password from stdin)
  audit verify     check the audit trail has not been altered

haven <command> --help shows a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${USAGE}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    const code = await command.run(args);
    return typeof code === 'number' ? code : 0;
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(`${err.message}\n\n${command.help}\n`);
      return 2;
    }
    if (err instanceof Error && err.message.startsWith('Invalid configuration')) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

const code = await main(process.argv.slice(2));
// serve keeps running; every other command exits with its code.
if (process.argv[2] !== 'serve' || code !== 0) process.exitCode = code;
