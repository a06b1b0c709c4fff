import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import type { Framework, FrameworkNode } from '../../../workflows/excellence/framework-schema.ts';
import { frameworkErrorMessages } from '../../../workflows/excellence/framework-error-messages.ts';
import { useBilingual, useLocale } from '../../i18n/bilingual.ts';
import { downloadText } from './download.ts';
import './excellence.css';

/** Replaces the node at `path` (indexes from the top) with `patch` applied. */
function patchNode(nodes: FrameworkNode[], path: number[], patch: Partial<FrameworkNode>): FrameworkNode[] {
  const [head, ...rest] = path;
  return nodes.map((n, i) =>
    i !== head ? n : rest.length === 0 ? { ...n, ...patch } : { ...n, children: patchNode(n.children ?? [], rest, patch) },
  );
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}

/**
 * Programme manager: the framework tree with editable weights and guidance. Validate shows
 * every problem with its path; saving a frozen version creates the next version.
 */
export function FrameworkEditorPage() {
  const { code = '', version } = useParams();
  const { t } = useTranslation('excellence');
  const lang = useLocale();
  const trpc = useTRPC();
  const api = useTRPCClient();
  const client = useQueryClient();
  const bilingual = useBilingual();
  const loaded = useQuery(trpc.excellence.frameworks.get.queryOptions({ code, version: version ? Number(version) : undefined }));
  const [doc, setDoc] = useState<Framework | null>(null);
  useEffect(() => setDoc(loaded.data?.framework ?? null), [loaded.data]);
  const validate = useMutation(trpc.excellence.frameworks.validate.mutationOptions());
  const save = useMutation(trpc.excellence.frameworks.save.mutationOptions({ onSuccess: () => client.invalidateQueries() }));
  const exporter = useMutation({
    mutationFn: () => api.excellence.frameworks.export.query({ code, version: doc?.version }),
    onSuccess: (r) => downloadText(r.fileName, r.json, 'application/json'),
  });
  if (!doc) return <ErrorMessage error={loaded.error} />;
  const edit = (path: number[], patch: Partial<FrameworkNode>) => setDoc({ ...doc, nodes: patchNode(doc.nodes, path, patch) });
  const tree = (nodes: FrameworkNode[], path: number[]) => (
    <ul className="exc-tree">
      {nodes.map((n, i) => (
        <li key={n.code}>
          <div className="exc-row">
            <span className="exc-node__code">{n.code}</span>
            <strong>{bilingual(n.name)}</strong>
            <label className="exc-row">
              {t('frameworks.weight')}
              <input
                className="input"
                type="number"
                min={0}
                style={{ inlineSize: '6rem' }}
                value={n.weight}
                onChange={(e) => edit([...path, i], { weight: Number(e.target.value) })}
              />
            </label>
          </div>
          <label className="stack">
            <span className="exc-muted">{t('frameworks.guidance')}</span>
            <textarea
              className="exc-textarea"
              value={n.guidance?.[lang] ?? ''}
              onChange={(e) =>
                edit([...path, i], { guidance: { ar: n.guidance?.ar ?? '', en: n.guidance?.en ?? '', [lang]: e.target.value } })
              }
            />
          </label>
          {n.children && n.children.length > 0 && tree(n.children, [...path, i])}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="stack">
      <PageHeader
        title={`${bilingual(doc.name)} v${doc.version}`}
        actions={
          <StatusPill tone={loaded.data?.frozen ? 'info' : 'success'}>
            {loaded.data?.frozen ? t('frameworks.frozen') : t('frameworks.editable')}
          </StatusPill>
        }
      />
      <div className="exc-row">
        <Button variant="secondary" onClick={() => validate.mutate({ document: doc })}>
          {t('frameworks.validate')}
        </Button>
        <Button onClick={() => save.mutate({ document: doc })}>{t('frameworks.saveVersion')}</Button>
        <Button variant="ghost" onClick={() => exporter.mutate()}>
          {t('frameworks.export')}
        </Button>
      </div>
      {validate.data?.ok && <p role="status">{t('frameworks.valid')}</p>}
      {validate.data && !validate.data.ok && (
        <Card title={t('frameworks.errorsTitle')}>
          <ul>
            {validate.data.errors.map((e) => (
              <li key={`${e.path}-${e.code}`}>
                <code dir="ltr">{e.path}</code> {fill(frameworkErrorMessages[e.code][lang], e.params)}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <ErrorMessage error={save.error ?? exporter.error} />
      {save.data && <p role="status">{t('frameworks.savedAs', { version: save.data.version })}</p>}
      <Card>{tree(doc.nodes, [])}</Card>
    </div>
  );
}
