import { useLang } from '../i18n/i18n';

export type ExplorerPage = 'graph' | 'funders' | 'timeline' | 'graphiql';

/** The bar on every page: the explorer's views, GraphiQL, and the language switch. */
export function ExplorerHeader({ page }: { page: ExplorerPage }) {
  const { t, lang, setLang } = useLang();
  const links: { page: ExplorerPage; href: string; label: string }[] = [
    { page: 'graph', href: '/#/graph', label: t.navGraph },
    { page: 'funders', href: '/#/funders', label: t.navFunders },
    { page: 'timeline', href: '/#/timeline', label: t.navTimeline },
    { page: 'graphiql', href: '/graphiql', label: t.navGraphiql },
  ];
  return (
    <header className="app-header">
      <div className="brand">
        <strong>{t.appTitle}</strong>
        <span className="muted">{t.appTagline}</span>
      </div>
      <nav className="app-nav">
        {links.map((link) => (
          <a key={link.page} href={link.href} aria-current={link.page === page ? 'page' : undefined} data-nav={link.page}>{link.label}</a>
        ))}
      </nav>
      <button
        type="button"
        className="lang-switch"
        onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}
        aria-label={t.switchLanguageLabel}
        lang={lang === 'ar' ? 'en' : 'ar'}
        data-testid="lang-switch"
      >
        {t.switchLanguage}
      </button>
    </header>
  );
}
