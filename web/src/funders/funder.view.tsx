import { useEffect, useState } from 'react';
import { EvidencePanel } from '../evidence/evidence.panel';
import type { EvidenceSubject } from '../evidence/evidence.types';
import { formatDate, nameIn, titleIn, useLang } from '../i18n/i18n';
import { FlowDiagram } from './flow.diagram';
import { exportHref, FUNDER_EXPORTS } from './funder.exports';
import { type FunderFlows, type FunderList, type FunderReach, type FundingFlow, moreFlows, moreFunders, type Named, reachOf } from './funder.operations';

function ReachTotals({ reach }: { reach: FunderReach }) {
  const { t, lang } = useLang();
  const names = (items: readonly Named[], truncated = false) =>
    items.map((item) => nameIn(lang, item, item.name)).join(lang === 'ar' ? '، ' : ', ') + (truncated ? ' …' : '');
  const first = formatDate(lang, reach.firstDate, t.dateUnknown);
  const last = formatDate(lang, reach.lastDate, t.dateUnknown);
  const period = first === last ? first : `${first} – ${last}`;
  const totals = [
    { key: 'programs', label: t.reachPrograms, value: reach.programCount, detail: names(reach.programsPage.nodes, reach.programsPage.truncated) },
    { key: 'events', label: t.reachEvents, value: reach.eventCount },
    { key: 'organizations', label: t.reachOrganizations, value: reach.organizationCount, detail: names(reach.organizationsPage.nodes, reach.organizationsPage.truncated) },
    { key: 'places', label: t.reachPlaces, value: reach.placeCount },
    { key: 'countries', label: t.reachCountries, value: reach.countries.length, detail: names(reach.countries) },
    { key: 'participants', label: t.reachParticipants, value: reach.participantCount, detail: `${reach.eventsWithParticipantCount.toLocaleString(lang === 'ar' ? 'ar' : 'en')} ${t.reachParticipantsNote}` },
  ];
  return (
    <section className="reach" data-testid="funder-reach">
      <h2>{t.reachTitle}</h2>
      <dl className="totals">
        {totals.map((total) => (
          <div key={total.key} className="total" data-total={total.key}>
            <dt>{total.label}</dt>
            <dd>
              <strong>{total.value.toLocaleString(lang === 'ar' ? 'ar' : 'en')}</strong>
              {total.detail ? <span className="muted" dir="auto">{total.detail}</span> : null}
            </dd>
          </div>
        ))}
        <div className="total" data-total="period">
          <dt>{t.reachPeriod}</dt>
          <dd><strong className="period-value">{period}</strong></dd>
        </div>
      </dl>
    </section>
  );
}

function FlowTable({ flows, onSelect }: { flows: readonly FundingFlow[]; onSelect(subject: EvidenceSubject): void }) {
  const { t, lang } = useLang();
  return (
    <table className="flows" data-testid="flow-table">
      <thead>
        <tr><th>{t.event}</th><th>{t.date}</th><th>{t.place}</th><th>{t.route}</th><th>{t.participants}</th></tr>
      </thead>
      <tbody>
        {flows.map((flow) => {
          const route = flow.direct ? t.direct : `${t.viaPrograms} ${flow.via.map((step) => nameIn(lang, step, step.name)).join(lang === 'ar' ? ' ← ' : ' → ')}`;
          const select = () => onSelect({ kind: 'flow', title: titleIn(lang, flow.event), subtitle: route, evidence: flow.hops.flatMap((hop) => hop.evidence) });
          return (
            <tr
              key={`${flow.funder.id}:${flow.event.id}:${flow.via.map((step) => step.id).join('/')}`}
              tabIndex={0}
              onClick={select}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') select();
              }}
              data-event-id={flow.event.id}
            >
              <td dir="auto">{titleIn(lang, flow.event)}</td>
              <td>{formatDate(lang, flow.event.date, t.dateUnknown)}</td>
              <td dir="auto">{flow.event.place ? nameIn(lang, flow.event.place, flow.event.place.name) : '—'}</td>
              <td dir="auto" data-testid="flow-route">{route}</td>
              <td>{flow.event.participantCount ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function FunderView({ funderId, onPick }: { funderId: string | undefined; onPick(id: string): void }) {
  const { t, lang } = useLang();
  const [funderList, setFunderList] = useState<FunderList | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loaded, setLoaded] = useState<FunderFlows | null>(null);
  const [loadingFlows, setLoadingFlows] = useState(false);
  const [reach, setReach] = useState<FunderReach | null>(null);
  const [subject, setSubject] = useState<EvidenceSubject | null>(null);
  const [error, setError] = useState<string | null>(null);

  const failed = (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught));
  // The largest funders first; the others a page at a time, when asked (a hub graph has thousands of funders).
  useEffect(() => {
    moreFunders(null).then(setFunderList, failed);
  }, []);
  const readMore = () => {
    setLoadingMore(true);
    moreFunders(funderList).then(setFunderList, failed).finally(() => setLoadingMore(false));
  };

  useEffect(() => {
    if (!funderId) return undefined;
    let current = true;
    setLoaded(null);
    setReach(null);
    setSubject(null);
    setError(null);
    // Each is shown as it comes: the reach is one read of kept totals, the flows a page of their own.
    const onError = (caught: unknown) => {
      if (current) failed(caught);
    };
    moreFlows(funderId, null).then((page) => {
      if (current) setLoaded(page);
    }, onError);
    reachOf(funderId).then((found) => {
      if (current) setReach(found);
    }, onError);
    return () => {
      current = false;
    };
  }, [funderId]);
  const readMoreFlows = () => {
    if (!funderId || !loaded) return;
    setLoadingFlows(true);
    moreFlows(funderId, loaded).then((page) => {
      // A page that comes after another funder was picked belongs to nobody on screen.
      setLoaded((shown) => (shown === loaded ? page : shown));
    }, failed).finally(() => setLoadingFlows(false));
  };

  const funders = funderList?.funders ?? null;
  const flows = loaded?.flows ?? null;
  const number = (n: number) => n.toLocaleString(lang === 'ar' ? 'ar' : 'en');
  const sorted = [...(funders ?? [])].sort((a, b) => nameIn(lang, a, a.name).localeCompare(nameIn(lang, b, b.name), lang));
  // The funder on screen is always one of the options, by its id until the list of funders names it: the list
  // comes in a request of its own, and its flows may be drawn before it, with the picker still saying "loading".
  const unlisted = funderId && !sorted.some((funder) => funder.id === funderId) ? funderId : null;
  return (
    <div className="funder-layout">
      <section className="funder-main">
        <div className="funder-bar">
          <label>
            {t.funderPick}{' '}
            <select value={funderId ?? ''} onChange={(event) => onPick(event.target.value)} data-testid="funder-select">
              <option value="" disabled>{funders ? t.funderPickPrompt : t.loading}</option>
              {unlisted ? <option value={unlisted}>{unlisted}</option> : null}
              {sorted.map((funder) => <option key={funder.id} value={funder.id}>{nameIn(lang, funder, funder.name)} ({number(funder.eventCount)} {funder.eventCount === 1 ? t.eventOne : t.eventsCount})</option>)}
            </select>
          </label>
          {funderList ? (
            <span className="muted" data-testid="funder-count">
              {funderList.next ? `${number(funderList.funders.length)} ${t.ofTotal} ${number(funderList.totalCount)} ${t.fundersLargest}` : `${number(funderList.totalCount)} ${t.fundersAll}`}
            </span>
          ) : null}
          {funderList?.next ? (
            <button type="button" className="button" onClick={readMore} disabled={loadingMore} data-testid="funder-more">{loadingMore ? t.loading : t.fundersMore}</button>
          ) : null}
          {funderId ? (
            <nav className="exports" aria-label={t.exports}>
              <span>{t.exports}:</span>
              {FUNDER_EXPORTS.map((item) => (
                <a key={item.format} className="button" href={exportHref(item.format, funderId)} download data-format={item.format}>{t[item.label]}</a>
              ))}
            </nav>
          ) : null}
        </div>
        {error ? <p className="error" role="alert">{t.errorPrefix}: {error}</p> : null}
        {funderId && !flows && !error ? <p className="muted">{t.loading}</p> : null}
        {flows ? (
          <section className="flows-section">
            <h2>{t.flowsTitle} <span className="muted" data-testid="flow-count">({flows.length < loaded!.totalCount ? `${number(flows.length)} ${t.ofTotal} ${number(loaded!.totalCount)}` : number(flows.length)}) · {t.flowsDiagram}</span></h2>
            {loaded!.next ? (
              <p className="muted">
                {t.flowsFirst}{' '}
                <button type="button" className="button" onClick={readMoreFlows} disabled={loadingFlows} data-testid="flows-more">{loadingFlows ? t.loading : t.flowsMore}</button>
              </p>
            ) : null}
            {flows.length === 0 ? <p className="muted">{t.noFlows}</p> : (
              <>
                <p className="muted">{t.flowsHint}</p>
                <FlowDiagram flows={flows} onSelect={setSubject} />
              </>
            )}
          </section>
        ) : null}
        {reach ? <ReachTotals reach={reach} /> : null}
        {flows && flows.length > 0 ? <FlowTable flows={flows} onSelect={setSubject} /> : null}
      </section>
      <EvidencePanel subject={subject} />
    </div>
  );
}
