import { useEffect, useMemo, useRef, useState } from 'react';
import type { Named as Country } from '../api/graph.types';
import { formatDate, type Lang, type Messages, nameIn, titleIn, useLang } from '../i18n/i18n';
import { countriesWithEvents, type Timeline, type TimelineBucket, timelineOf } from './timeline.operations';

const periodLabel = (lang: Lang, t: Messages, bucket: TimelineBucket) =>
  bucket.period ? formatDate(lang, bucket.period, t.undated) : t.undated;

function Bucket({ bucket, max, testId }: { bucket: TimelineBucket; max: number; testId: string }) {
  const { t, lang } = useLang();
  return (
    <li className="bucket" data-testid={testId} data-period={bucket.period ?? 'undated'}>
      <div className="bucket-head">
        <span className="period">{periodLabel(lang, t, bucket)}</span>
        <span className="bar" aria-hidden="true"><span style={{ inlineSize: `${Math.max(4, (100 * bucket.count) / max)}%` }} /></span>
        <span className="count">{bucket.count.toLocaleString(lang === 'ar' ? 'ar' : 'en')} {t.eventsCount}</span>
      </div>
      <ul className="bucket-events">
        {bucket.events.map((event) => (
          <li key={event.id}>
            <a href={`#/graph/${encodeURIComponent(event.id)}`} title={t.openInGraph} dir="auto">{titleIn(lang, event)}</a>
            <span className="muted">
              {' · '}{formatDate(lang, event.date, t.dateUnknown)}
              {event.place ? ` · ${nameIn(lang, event.place, event.place.name)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function TimelineView({ countryId, onCountry }: { countryId: string | undefined; onCountry(id: string | undefined): void }) {
  const { t, lang } = useLang();
  const [countries, setCountries] = useState<Country[]>([]);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The whole graph's timeline, read the first time it is shown and kept: going back to every country from one
  // shows it again without asking it again. A failed read is not kept, so that showing it again asks again.
  const whole = useRef<Promise<Timeline> | null>(null);
  const wholeTimeline = (onPage: (sofar: Timeline) => void) => (whole.current ??= timelineOf(undefined, onPage).catch((caught: unknown) => {
    whole.current = null;
    throw caught;
  }));

  // The filter's countries come from the places with events, not from the events a timeline lists: those are
  // the first 25 of each period, and a country whose events are never among them would be left out.
  useEffect(() => {
    countriesWithEvents().then(setCountries, (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)));
  }, []);

  useEffect(() => {
    let current = true;
    setTimeline(null);
    setError(null);
    // The periods read so far are shown while the next page comes.
    const onPage = (sofar: Timeline) => {
      if (current) setTimeline(sofar);
    };
    (countryId === undefined ? wholeTimeline(onPage) : timelineOf(countryId, onPage)).then((loaded) => {
      if (current) setTimeline(loaded);
    }, (caught: unknown) => {
      if (current) setError(caught instanceof Error ? caught.message : String(caught));
    });
    return () => {
      current = false;
    };
  }, [countryId]);

  const max = useMemo(() => Math.max(1, ...(timeline?.buckets ?? []).map((bucket) => bucket.count), timeline?.undated.count ?? 0), [timeline]);
  const sortedCountries = [...countries].sort((a, b) => nameIn(lang, a, a.name).localeCompare(nameIn(lang, b, b.name), lang));

  return (
    <section className="timeline">
      <div className="timeline-bar">
        <h2>{t.timelineTitle}</h2>
        <label>
          {t.country}{' '}
          <select value={countryId ?? ''} onChange={(event) => onCountry(event.target.value || undefined)} data-testid="country-select">
            <option value="">{t.allCountries}</option>
            {sortedCountries.map((country) => <option key={country.id} value={country.id}>{nameIn(lang, country, country.name)}</option>)}
          </select>
        </label>
        {timeline ? <span className="muted" data-testid="timeline-total">{timeline.totalCount.toLocaleString(lang === 'ar' ? 'ar' : 'en')} {t.eventsCount}</span> : null}
      </div>
      {error ? <p className="error" role="alert">{t.errorPrefix}: {error}</p> : null}
      {!timeline && !error ? <p className="muted">{t.loading}</p> : null}
      {timeline ? (
        <ol className="buckets" data-testid="timeline-buckets">
          {timeline.buckets.map((bucket) => <Bucket key={bucket.period ?? 'undated'} bucket={bucket} max={max} testId="timeline-bucket" />)}
          {timeline.complete && timeline.undated.count > 0 ? <Bucket bucket={timeline.undated} max={max} testId="timeline-undated" /> : null}
        </ol>
      ) : null}
      {timeline && !timeline.complete ? <p className="muted" data-testid="timeline-more">{t.loading}</p> : null}
      {timeline && timeline.undatedExcludedCount > 0 ? <p className="muted">{timeline.undatedExcludedCount} {t.undatedExcluded}</p> : null}
    </section>
  );
}
