import { type ReactNode, useMemo, useState } from 'react';
import { applyLang, initialLang, type Lang, LangContext, MESSAGES } from './i18n';

/** Holds the interface language and keeps <html lang dir> in step with it. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const chosen = initialLang();
    applyLang(chosen);
    return chosen;
  });
  const value = useMemo(() => ({
    lang,
    t: MESSAGES[lang],
    setLang: (next: Lang) => {
      applyLang(next);
      setLangState(next);
    },
  }), [lang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}
