import { formatDate, useLang } from '../i18n/i18n';
import type { EvidenceQuote, EvidenceSubject } from './evidence.types';

/**
 * The quote, highlighted where it stands in its source: the surrounding words (Evidence.context, cut by the
 * server so that the article itself does not travel) around a <mark>; without them, the quote alone, marked.
 */
function QuoteInSource({ evidence }: { evidence: EvidenceQuote }) {
  const lang = evidence.source.language;
  const { context } = evidence;
  return (
    <blockquote className="quote" lang={lang} dir="auto" data-testid="evidence-quote">
      {context ? `${context.atStart ? '' : '… '}${context.before}` : ''}
      <mark>{evidence.quote}</mark>
      {context ? `${context.after}${context.atEnd ? '' : ' …'}` : ''}
    </blockquote>
  );
}

function EvidenceItem({ evidence }: { evidence: EvidenceQuote }) {
  const { t, lang } = useLang();
  const { source } = evidence;
  return (
    <li className="evidence-item">
      <QuoteInSource evidence={evidence} />
      <dl className="source-facts">
        <dt>{t.source}</dt>
        <dd lang={source.language} dir="auto" data-testid="evidence-source-title">
          {source.url ? <a href={source.url} target="_blank" rel="noopener noreferrer">{source.title}</a> : source.title}
        </dd>
        <dt>{t.outlet}</dt>
        <dd dir="auto">{source.outlet ?? t.outletUnknown}</dd>
        <dt>{t.published}</dt>
        <dd>{formatDate(lang, source.publishedOn, t.dateUnknown)}</dd>
        <dt>{t.address}</dt>
        <dd dir="ltr">{source.url ? <a href={source.url} target="_blank" rel="noopener noreferrer">{source.url}</a> : t.addressUnknown}</dd>
        <dt>{t.quoteInSource}</dt>
        <dd dir="ltr"><code>{source.id}</code> · {evidence.start}–{evidence.end} {t.characters}</dd>
      </dl>
    </li>
  );
}

/** The side panel: what was clicked and every quote that states it. */
export function EvidencePanel({ subject, loading }: { subject: EvidenceSubject | null; loading?: boolean }) {
  const { t } = useLang();
  return (
    <aside className="evidence-panel" aria-live="polite" data-testid="evidence-panel">
      <h2>{t.evidence}</h2>
      {loading ? <p className="muted">{t.loading}</p> : null}
      {!loading && !subject ? <p className="muted">{t.evidencePick}</p> : null}
      {!loading && subject ? (
        <>
          <h3 dir="auto" data-testid="evidence-subject">{subject.title}</h3>
          {subject.subtitle ? <p className="muted" dir="auto">{subject.subtitle}</p> : null}
          {subject.evidence.length === 0 ? <p className="muted">{t.evidenceNone}</p> : (
            <ol className="evidence-list">
              {subject.evidence.map((evidence) => <EvidenceItem key={evidence.id} evidence={evidence} />)}
            </ol>
          )}
        </>
      ) : null}
    </aside>
  );
}
