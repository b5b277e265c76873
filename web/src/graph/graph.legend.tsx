import { useLang } from '../i18n/i18n';
import type { NodeType } from './graph.operations';
import { KIND_COLOURS, NODE_SHAPES, TYPE_COLOURS } from './graph.style';

const SHOWN_TYPES: readonly NodeType[] = ['ORGANIZATION', 'PERSON', 'EVENT', 'PROGRAM', 'PLACE'];
const SHOWN_KINDS = ['SECURITY_AGENCY', 'GOVERNMENT_BODY', 'NGO', 'INTERNATIONAL_NGO', 'INTERNATIONAL_ORGANIZATION', 'FOREIGN_GOVERNMENT', 'MEDIA'] as const;

/** What the shapes (types) and colours (actor kinds) of the graph mean. */
export function GraphLegend() {
  const { t } = useLang();
  return (
    <details className="legend" open>
      <summary>{t.legend}</summary>
      <ul>
        {SHOWN_TYPES.map((type) => (
          <li key={type}>
            <span className={`swatch shape-${NODE_SHAPES[type]}`} style={{ backgroundColor: TYPE_COLOURS[type] }} aria-hidden="true" />
            {t.nodeTypes[type]}
          </li>
        ))}
      </ul>
      <ul>
        {SHOWN_KINDS.map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ backgroundColor: KIND_COLOURS[kind] }} aria-hidden="true" />
            {t.actorKinds[kind]}
          </li>
        ))}
      </ul>
    </details>
  );
}
