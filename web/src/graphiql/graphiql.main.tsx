import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { examples, type GraphiQLExample } from 'jisr:graphiql-examples';
import { createRoot } from 'react-dom/client';
import { ExplorerHeader } from '../explorer/explorer.header';
import { LangProvider } from '../i18n/lang.provider';

/**
 * Monaco runs its language services in workers. The build bundles each into a script of this origin and names
 * them in <meta name="jisr-monaco-workers">; the Content-Security-Policy would refuse blob: or CDN workers.
 */
const workerUrls = JSON.parse(document.querySelector<HTMLMetaElement>('meta[name="jisr-monaco-workers"]')?.content ?? '{}') as Partial<Record<'editor' | 'json' | 'graphql', string>>;
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const url = label === 'json' || label === 'graphql' ? workerUrls[label] : workerUrls.editor;
    if (!url) throw new Error(`No worker script for Monaco's "${label}" language service in this build.`);
    return new Worker(url, { name: `monaco-${label}` });
  },
};

const ExamplesIcon = () => (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
    <path d="M4 5h16M4 10h16M4 15h10M4 20h7" />
  </svg>
);

/** A GraphiQL plugin listing the ready examples; a click opens one in a new tab. */
function ExamplesPanel() {
  const { addTab } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const open = (example: GraphiQLExample) => {
    if (!queryEditor) return;
    addTab();
    // The new tab is active at once; its editor takes the example, which also names the tab.
    queryEditor.setValue(example.query);
  };
  const groups = new Map<string, GraphiQLExample[]>();
  for (const example of examples) {
    const group = example.origin === 'README' ? 'README' : example.origin;
    groups.set(group, [...(groups.get(group) ?? []), example]);
  }
  return (
    <div className="jisr-examples" data-testid="graphiql-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>The README&apos;s operations run as written against the seed graph; the named queries of <code>operations/</code> need their variables.</p>
      {[...groups].map(([group, items]) => (
        <section key={group}>
          <h3>{group === 'README' ? 'README' : group}</h3>
          <ul>
            {items.map((example) => (
              <li key={`${group}:${example.name}`}>
                {/* Monaco loads after the page: an example can be opened once the editor is there. */}
                <button type="button" onClick={() => open(example)} disabled={!queryEditor} data-example={example.name} title={example.heading}>
                  {example.name}
                </button>
                {example.heading ? <span>{example.heading}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const examplesPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });
const readmeExamples = examples.filter((example) => example.origin === 'README');

function GraphiQLPage() {
  return (
    <div className="graphiql-page">
      <ExplorerHeader page="graphiql" />
      <div className="graphiql-host" dir="ltr">
        <GraphiQL
          fetcher={fetcher}
          plugins={[examplesPlugin]}
          visiblePlugin={examplesPlugin}
          defaultTabs={readmeExamples.slice(0, 1).map((example) => ({ query: example.query }))}
          defaultEditorToolsVisibility={false}
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<LangProvider><GraphiQLPage /></LangProvider>);
