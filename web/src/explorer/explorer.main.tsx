import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './explorer.css';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FunderView } from '../funders/funder.view';
import { GraphView } from '../graph/graph.view';
import { LangProvider } from '../i18n/lang.provider';
import { TimelineView } from '../timeline/timeline.view';
import { ExplorerHeader } from './explorer.header';

type Route =
  | { readonly page: 'graph'; readonly id?: string }
  | { readonly page: 'funders'; readonly id?: string }
  | { readonly page: 'timeline'; readonly id?: string };

/** `#/graph/org:saferworld`, `#/funders/org:saferworld`, `#/timeline/place:ma`: a view and what it shows, linkable. */
function routeOf(hash: string): Route {
  const [, page, ...rest] = hash.replace(/^#/, '').split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) || undefined : undefined;
  switch (page) {
    case 'funders':
    case 'timeline':
    case 'graph':
      return { page, id };
    default:
      return { page: 'graph' };
  }
}

const hrefOf = (page: Route['page'], id?: string) => `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}`;

function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

function Explorer() {
  const route = useRoute();
  const go = useCallback((page: Route['page'], id?: string) => {
    window.location.hash = hrefOf(page, id);
  }, []);
  const focusNode = useCallback((id: string) => go('graph', id), [go]);
  return (
    <>
      <ExplorerHeader page={route.page} />
      <main className={`page page-${route.page}`}>
        {route.page === 'graph' ? <GraphView focusId={route.id} onFocus={focusNode} /> : null}
        {route.page === 'funders' ? <FunderView funderId={route.id} onPick={(id) => go('funders', id)} /> : null}
        {route.page === 'timeline' ? <TimelineView countryId={route.id} onCountry={(id) => go('timeline', id)} /> : null}
      </main>
    </>
  );
}

/**
 * Labels are drawn on a canvas, which uses a web font only once it is loaded: wait for the bundled Arabic font
 * (both scripts it covers) before the first drawing, or the first labels would be drawn in a fallback font.
 */
async function fontsReady(): Promise<void> {
  await Promise.all(['400', '700'].flatMap((weight) => [
    document.fonts.load(`${weight} 13px "Noto Sans Arabic"`, 'جسر'),
    document.fonts.load(`${weight} 13px "Noto Sans Arabic"`, 'Jisr'),
  ])).catch(() => undefined);
}

void fontsReady().then(() => {
  createRoot(document.getElementById('root')!).render(<LangProvider><Explorer /></LangProvider>);
});
