import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { REPO_ROOT } from '../config';
import type { QuestionResult, RunSettings } from './bench-run';
import { type TargetVerdict, targetVerdicts, verdictsMarkdown } from './bench-verdicts';
import type { WritesReport } from './bench-writes';
import type { GeneratedSummary } from './synthetic-load';

export interface SizeReport {
  /** `seed`, `10k`, `100k`, `1m`. */
  readonly label: string;
  readonly requestedNodes: number;
  readonly graph: GeneratedSummary | null;
  readonly neo4jHeapMb: number | null;
  /** Absent in reports written before the page cache was set per size (the launcher's 96 MiB then). */
  readonly neo4jPageCacheMb?: number | null;
  readonly startedAt: string;
  readonly loadAverage: { start: number[]; end: number[] };
  readonly questions: QuestionResult[];
  /** Curation writes applied and reverted after the questions (src/bench/bench-writes.ts); absent when not run. */
  readonly writes?: WritesReport;
}

export interface BenchReport {
  readonly machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  readonly commit: string;
  readonly settings: Omit<RunSettings, 'log'>;
  readonly sizes: SizeReport[];
  /** What the run says of issue 12's targets (src/bench/bench-verdicts.ts); absent in reports written before. */
  readonly targets?: TargetVerdict[];
}

export function machineInfo(): BenchReport['machine'] {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

/** HEAD, marked `+dirty` when the work tree differs (the bench then measured uncommitted code). */
export function commitInfo(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
/** Neo4j's memory of a statement: kilobytes below a megabyte (most statements), '–' in reports made before it was measured. */
const megabytes = (bytes: number | undefined) => (bytes === undefined ? '–' : bytes < 1e6 ? `${(bytes / 1e3).toFixed(0)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? '–' : (a / b).toFixed(2));
const rps = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(0));

/**
 * A size's writes: apply and revert p50 / max per scenario, and the apply p50's ratio to the seed graph's when
 * the seed graph was measured in the same run.
 */
export function writesMarkdown(writes: WritesReport, seed: WritesReport | undefined): string[] {
  const lines = [`Writes: ${writes.rounds} round(s), each scenario applied and its batch reverted as an editor through Jisr's GraphQL, in process (ms):`, ''];
  if (writes.error) return [...lines, `**The write scenarios could not be prepared (nothing was written):** ${writes.error}`];
  lines.push('| scenario | apply p50 / max | revert p50 / max | apply p50 ÷ seed | changes | what | outcome |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const s of writes.scenarios) {
    const base = seed && seed !== writes ? seed.scenarios.find((x) => x.name === s.name)?.apply?.p50 : undefined;
    lines.push(`| ${s.name} | ${ms(s.apply?.p50)} / ${ms(s.apply?.max)} | ${ms(s.revert?.p50)} / ${ms(s.revert?.max)} | ${ratio(s.apply?.p50, base)} | ${s.changes} | ${s.subject} | ${s.error ? `**error** ${s.error.replace(/\|/g, '\\|').replace(/\n/g, ' ')}` : 'ok'} |`);
  }
  const facts = writes.facts;
  if (facts) {
    lines.push('', facts.restored
      ? `The touched facts (${facts.before.nodes} nodes, ${facts.before.relationships} relationships) are as before the writes, versions aside.`
      : `**The touched facts are not as before the writes**: ${facts.before.nodes} nodes and ${facts.before.relationships} relationships before, ${facts.after.nodes} and ${facts.after.relationships} after (${facts.ids.join(', ')}).`);
  }
  return lines;
}

/** The report as markdown: per size, latency and ratios; throughput; then bounded questions across sizes. */
export function toMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const { machine, settings } = report;
  lines.push(`Commit \`${report.commit}\`; ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}.`);
  lines.push(`${settings.warmupRounds} warm-up and ${settings.rounds} measured rounds (interleaved), ${settings.samplesPerRound ?? 1} request(s) per question and way in a round (1 for a question slower than 250 ms), throughput ${settings.durationSeconds} s per target at ${settings.connections.join(' and ')} connections.`);
  for (const size of report.sizes) {
    const g = size.graph;
    // A graph the bench did not generate (--uri) comes without its counts.
    const described = g ? `${g.totalNodes.toLocaleString('en')} nodes, ${g.relationships.toLocaleString('en')} relationships` : size.label === 'seed' ? 'the seed graph' : 'the graph at --uri';
    lines.push('', `### ${size.label}: ${described}`);
    lines.push('', `Neo4j heap ${size.neo4jHeapMb ?? '?'} MiB, page cache ${size.neo4jPageCacheMb ?? '?'} MiB; load average ${size.loadAverage.start.map((n) => n.toFixed(1)).join(' ')} at the start, ${size.loadAverage.end.map((n) => n.toFixed(1)).join(' ')} at the end.`);
    // The typed stack's floor has columns only in a run that measured it: most runs do not.
    const typed = size.questions.some((q) => q.latency['typed-stack-floor'] !== undefined);
    lines.push('', `| question | statements (waves) | db hits | memory | driver p50 | floor p50 / p99 | stack's floor p50 (÷ floor) |${typed ? ' typed stack\'s floor p50 (÷ floor) |' : ''} Jisr p50 / p99 | Jisr ÷ floor p50 / p99 | Jisr ÷ stack's floor p50 |${typed ? ' Jisr ÷ typed stack\'s floor p50 |' : ''} @neo4j/graphql p50 / p99 | Jisr ÷ @neo4j/graphql p50 / p99 | answer |`);
    lines.push(`|---|---|---|---|---|---|---|---|---|---|---|---|---|${typed ? '---|---|' : ''}`);
    for (const q of size.questions) {
      const { driver, floor, jisr } = q.latency;
      const stack = q.latency['stack-floor'];
      const typedStack = q.latency['typed-stack-floor'];
      const ng = q.latency['neo4j-graphql'];
      const overFloor = (p: typeof stack) => (p ? `${ms(p.p50)} (${ratio(p.p50, floor?.p50)})` : '–');
      lines.push(`| ${q.name}${q.bounded ? '' : ' †'} | ${q.jisrStatements} (${q.jisrWaves})${q.neo4jGraphqlStatements !== null ? ` vs ${q.neo4jGraphqlStatements}` : ''} | ${q.jisrDbHits.toLocaleString('en')}${q.neo4jGraphqlDbHits !== null ? ` vs ${q.neo4jGraphqlDbHits.toLocaleString('en')}` : ''} | ${megabytes(q.jisrMemoryBytes)} | ${ms(driver?.p50)} | ${ms(floor?.p50)} / ${ms(floor?.p99)} | ${overFloor(stack)} |${typed ? ` ${overFloor(typedStack)} |` : ''} ${ms(jisr?.p50)} / ${ms(jisr?.p99)} | ${ratio(jisr?.p50, floor?.p50)} / ${ratio(jisr?.p99, floor?.p99)} | ${stack ? ratio(jisr?.p50, stack.p50) : '–'} |${typed ? ` ${typedStack ? ratio(jisr?.p50, typedStack.p50) : '–'} |` : ''} ${ng ? `${ms(ng.p50)} / ${ms(ng.p99)}` : '–'} | ${ng ? `${ratio(jisr?.p50, ng.p50)} / ${ratio(jisr?.p99, ng.p99)}` : '–'} | ${q.jisrError ? `error ${q.jisrError.split(':')[0]}` : `${(q.jisrBytes / 1024).toFixed(1)} KB`} |`);
    }
    const concurrencies = settings.durationSeconds > 0 ? settings.connections : [];
    if (concurrencies.length > 0) {
      lines.push('', `Throughput (requests per second) and each server's event-loop delay p99 (ms) under load:`, '');
      lines.push(`| question | ${concurrencies.map((c) => `c=${c}: floor / stack's floor${typed ? ' / typed' : ''} / Jisr / @neo4j/graphql | Jisr ÷ floor | Jisr ÷ stack's floor | Jisr ÷ @neo4j/graphql | loop delay p99 Jisr`).join(' | ')} |`);
      lines.push(`|---|${concurrencies.map(() => '---|---|---|---|---|').join('')}`);
      for (const q of size.questions) {
        const cells = concurrencies.map((c) => {
          const row = q.throughput[String(c)] ?? {};
          const f = row.floor?.requestsPerSecond;
          const s = row['stack-floor']?.requestsPerSecond;
          const j = row.jisr?.requestsPerSecond;
          const n = row['neo4j-graphql']?.requestsPerSecond;
          return `${rps(f)} / ${rps(s)}${typed ? ` / ${rps(row['typed-stack-floor']?.requestsPerSecond)}` : ''} / ${rps(j)} / ${rps(n)} | ${ratio(j, f)} | ${ratio(j, s)} | ${ratio(j, n)} | ${ms(row.jisr?.target?.eventLoop.p99)}`;
        });
        lines.push(`| ${q.name} | ${cells.join(' | ')} |`);
      }
    }
    const scans = size.questions.filter((q) => q.jisrScans.some((s) => s.rows > 0));
    if (scans.length > 0) {
      lines.push('', 'Statements whose PROFILE shows a scan that produced rows:', '');
      for (const q of scans) lines.push(`- ${q.name}: ${q.jisrScans.filter((s) => s.rows > 0).map((s) => `${s.operator} (${s.rows} rows)`).join(', ')}`);
    }
    if (size.writes) lines.push('', ...writesMarkdown(size.writes, report.sizes.find((s) => s.label === 'seed')?.writes));
  }
  if (report.sizes.length > 1) {
    const base = report.sizes[0];
    lines.push('', `### Jisr p50 by size, and its ratio to ${base.label}`, '');
    lines.push(`| question | ${report.sizes.map((s) => s.label).join(' | ')} | ${report.sizes.slice(1).map((s) => `${s.label} ÷ ${base.label}`).join(' | ')} |`);
    lines.push(`|---|${report.sizes.map(() => '---|').join('')}${report.sizes.slice(1).map(() => '---|').join('')}`);
    for (const q of base.questions) {
      const at = report.sizes.map((s) => s.questions.find((x) => x.name === q.name)?.latency.jisr?.p50);
      lines.push(`| ${q.name}${q.bounded ? '' : ' †'} | ${at.map(ms).join(' | ')} | ${at.slice(1).map((v) => ratio(v, at[0])).join(' | ')} |`);
    }
  }
  lines.push('', '† unbounded: the answer grows with the graph (a funder\'s whole reach, a country\'s whole 3W matrix).');
  // A report written since the verdicts were kept carries them; an older one is judged as it is read back.
  const verdicts = verdictsMarkdown(report.targets ?? targetVerdicts(report.sizes));
  if (verdicts.length > 0) lines.push('', ...verdicts);
  return `${lines.join('\n')}\n`;
}
