/**
 * `npm run bench -- [--sizes seed,10k,100k] [--quick] [--seed N] [--uri bolt://…] [--questions word,…] [--writes N] [--out DIR]`
 * `npm run bench -- --report FILE.json`: prints the markdown of a report written before (with what it says of
 * issue 12's targets, src/bench/bench-verdicts.ts), and runs nothing.
 *
 * For each size, one at a time, on one Neo4j: the seed graph alone (`seed`) or the seed graph plus a synthetic
 * one of that many nodes (generated once, then reused from <tmp>/jisr-bench), every question of
 * src/bench/questions.ts answered by the driver in this process, a bare node:http server running Jisr's very
 * statements (the floor), Jisr over HTTP, and @neo4j/graphql where it can express the question. Then the
 * curation writes of src/bench/bench-writes.ts, each applied and reverted --writes N times (default 3, 1 with
 * --quick; 0 skips them, and so does --uri unless --writes is given: a Neo4j of yours is not written to
 * unasked). Prints the markdown report and writes it with the JSON to --out (default <tmp>/jisr-bench/reports);
 * exits with 1 when a write or a revert answered errors or the touched facts did not come back.
 *
 * --quick: 1 warm-up and 5 measured rounds, 1 s of throughput at 10 connections: a smoke run that proves the
 * bench works (test/cypher/bench.test.ts runs it on the seed graph), not a measurement.
 */
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBenchNeo4j } from '../../src/bench/bench-neo4j';
import { type BenchReport, type SizeReport, commitInfo, machineInfo, toMarkdown } from '../../src/bench/bench-report';
import { targetVerdicts } from '../../src/bench/bench-verdicts';
import { type RunSettings, type TargetProcess, buildTargets, captureQuestions, checkTypedAnswers, forkTarget, measure, writeAnswers, writeWaves } from '../../src/bench/bench-run';
import { DEFAULT_TARGET_KINDS, TARGET_KINDS, type TargetKind } from '../../src/bench/bench-targets';
import { measureWrites, writeProblems } from '../../src/bench/bench-writes';
import { benchQuestions } from '../../src/bench/questions';
import { parseSize } from '../../src/bench/synthetic-graph';
import { terminalProgress } from '../../src/cli/progress';
import { buildJisrSchema } from '../../src/schema/build-schema';

export interface BenchArgs {
  sizes: string[];
  seed: number;
  uri?: string;
  questions?: string[];
  targets: TargetKind[];
  out: string;
  settings: Omit<RunSettings, 'log'>;
  /** Rounds of the curation writes after each size's questions; 0: none. */
  writes: number;
  /** --report: a report's JSON to print as markdown instead of running. */
  report?: string;
}

const FULL: Omit<RunSettings, 'log' | 'targets'> = { warmupRounds: 3, rounds: 30, samplesPerRound: 5, connections: [10, 50], durationSeconds: 5 };
const QUICK: Omit<RunSettings, 'log' | 'targets'> = { warmupRounds: 1, rounds: 5, samplesPerRound: 1, connections: [10], durationSeconds: 1 };

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let quick = false;
  const args: Partial<BenchArgs> & { overrides: Partial<RunSettings> } = { seed: 1, overrides: {} };
  let writes: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1] ?? '';
    switch (argv[i]) {
      case '--quick': quick = true; break;
      case '--sizes': args.sizes = value.split(','); i++; break;
      case '--seed': args.seed = Number(value); i++; break;
      case '--uri': args.uri = value; i++; break;
      case '--questions': args.questions = value.split(','); i++; break;
      case '--targets': args.targets = value.split(',') as TargetKind[]; i++; break;
      case '--out': args.out = value; i++; break;
      case '--report': args.report = value; i++; break;
      case '--writes':
        writes = Number(value);
        if (!Number.isInteger(writes) || writes < 0) throw new Error(`--writes takes a number of rounds (0 for none), not ${JSON.stringify(value)}.`);
        i++;
        break;
      case '--rounds': args.overrides = { ...args.overrides, rounds: Number(value) }; i++; break;
      case '--samples': args.overrides = { ...args.overrides, samplesPerRound: Number(value) }; i++; break;
      case '--warmup': args.overrides = { ...args.overrides, warmupRounds: Number(value) }; i++; break;
      case '--duration': args.overrides = { ...args.overrides, durationSeconds: Number(value) }; i++; break;
      case '--connections': args.overrides = { ...args.overrides, connections: value.split(',').map(Number) }; i++; break;
      default: throw new Error(`Unknown option ${JSON.stringify(argv[i])}. Usage: npm run bench -- [--sizes seed,10k,100k] [--quick] [--seed N] [--uri bolt://…] [--questions word,…] [--targets floor,stack-floor,typed-stack-floor,jisr,neo4j-graphql] [--rounds N] [--samples N] [--warmup N] [--duration S] [--connections 10,50] [--writes N] [--out DIR] | --report FILE.json`);
    }
  }
  const targets = args.targets ?? [...DEFAULT_TARGET_KINDS];
  for (const t of targets) if (!TARGET_KINDS.includes(t)) throw new Error(`Unknown target ${JSON.stringify(t)}; expected some of ${TARGET_KINDS.join(', ')}.`);
  return {
    sizes: args.sizes ?? (quick ? ['seed'] : ['seed', '10k', '100k']),
    seed: args.seed!,
    uri: args.uri,
    questions: args.questions,
    targets,
    out: args.out ?? path.join(os.tmpdir(), 'jisr-bench', 'reports'),
    settings: { ...(quick ? QUICK : FULL), targets, ...args.overrides },
    // A Neo4j given by --uri is the user's: written to (history included) only when asked.
    writes: writes ?? (args.uri ? 0 : quick ? 1 : 3),
    ...(args.report ? { report: args.report } : {}),
  };
}

export async function runBench(args: BenchArgs, log: (line: string) => void = (line) => console.error(line)): Promise<BenchReport> {
  const jisrSchema = await buildJisrSchema();
  const questions = benchQuestions().filter((q) => !args.questions || args.questions.some((word) => q.name.includes(word)));
  const report: BenchReport = { machine: machineInfo(), commit: commitInfo(), settings: args.settings, sizes: [] };
  log('== building the targets (tsc -b tsconfig.build.json, as npm start does)');
  buildTargets();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'jisr-bench-run-'));
  try {
    for (const label of args.sizes) {
      const nodes = label === 'seed' ? 0 : parseSize(label);
      log(`== ${label}: preparing the graph`);
      const neo4j = await openBenchNeo4j({ nodes, seed: args.seed, uri: args.uri, log, onProgress: terminalProgress() });
      const targets: TargetProcess[] = [];
      try {
        const startedAt = new Date().toISOString();
        const loadStart = os.loadavg();
        log(`== ${label}: capturing and profiling ${questions.length} questions`);
        const captures = await captureQuestions(neo4j.core.driver, neo4j.database, jisrSchema, questions, { typed: args.targets.includes('typed-stack-floor') });
        for (const c of captures) if (c.jisr.error) log(`   ${c.question.name}: Jisr answered ${c.jisr.error}`);
        const files = { waves: path.join(scratch, `${label}.waves.json`), answers: path.join(scratch, `${label}.answers.json`) };
        writeWaves(captures, files.waves);
        writeAnswers(captures, files.answers);
        for (const kind of args.targets) targets.push(await forkTarget(kind, neo4j.uri, neo4j.database, files));
        for (const target of targets) if (target.kind === 'typed-stack-floor') await checkTypedAnswers(target, captures);
        log(`== ${label}: measuring (${targets.map((t) => t.kind).join(', ')})`);
        const results = await measure(neo4j.core.driver, neo4j.database, captures, targets, { ...args.settings, log });
        const loadEnd = os.loadavg();
        let writes: SizeReport['writes'];
        if (args.writes > 0) {
          log(`== ${label}: curation writes, ${args.writes} round(s)`);
          writes = await measureWrites({ executor: neo4j.core.executor, repositories: neo4j.core.repositories }, jisrSchema, { rounds: args.writes, log });
        }
        report.sizes.push({
          label, requestedNodes: nodes, graph: neo4j.summary, neo4jHeapMb: neo4j.heapMb, neo4jPageCacheMb: neo4j.pageCacheMb, startedAt,
          loadAverage: { start: loadStart, end: loadEnd }, questions: results, writes,
        } satisfies SizeReport);
      } finally {
        for (const target of targets) await target.stop();
        await neo4j.stop();
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return report;
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.report) {
    process.stdout.write(toMarkdown(JSON.parse(readFileSync(args.report, 'utf8')) as BenchReport));
    return;
  }
  const ran = await runBench(args);
  const report: BenchReport = { ...ran, targets: targetVerdicts(ran.sizes) };
  const markdown = toMarkdown(report);
  mkdirSync(args.out, { recursive: true });
  const stem = path.join(args.out, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  writeFileSync(`${stem}.json`, JSON.stringify(report, null, 2));
  writeFileSync(`${stem}.md`, markdown);
  process.stdout.write(markdown);
  console.error(`wrote ${stem}.json and ${stem}.md`);
  const problems = report.sizes.flatMap((size) => writeProblems(size.label, size.writes));
  if (problems.length > 0) {
    console.error(`\nTHE BENCH'S WRITES FAILED; a kept graph may no longer be the one generated (see history for the batch):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
