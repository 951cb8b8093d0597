// Downloads of the class's results, made by the server: CSV (semicolons and a BOM so Excel in
// Belgium opens it right, or commas), XLSX and JSON.
import { api } from '../api/DashboardApi';
import type { SchoolClass } from '../api/schemas';
import { h } from '../dom/h';
import { t } from '../i18n';
import { classShell } from './classShell';
import type { PageView } from './PageView';

export function exportTab(schoolClass: SchoolClass): PageView {
  const csv = h(
    'a',
    { class: 'button primary', href: api.exportUrl(schoolClass.id, 'csv'), download: '' },
    t('dashboard.export.csv'),
  );
  const separatorChoice = (value: 'csv' | 'csv-comma', checked: boolean) => {
    const id = `sep-${value}`;
    const input = h('input', { type: 'radio', name: 'separator', id, value, checked });
    input.addEventListener('change', () => {
      csv.href = api.exportUrl(schoolClass.id, value);
    });
    return h(
      'div',
      { class: 'radio' },
      input,
      h('label', { for: id }, t(`dashboard.export.${value === 'csv' ? 'semicolon' : 'comma'}`)),
    );
  };
  const element = classShell(
    schoolClass,
    'export',
    h('p', { class: 'lead' }, t('dashboard.export.intro')),
    h(
      'div',
      { class: 'card' },
      h('h3', {}, t('dashboard.export.csvTitle')),
      h(
        'fieldset',
        {},
        h('legend', {}, t('dashboard.export.separator')),
        separatorChoice('csv', true),
        separatorChoice('csv-comma', false),
      ),
      csv,
    ),
    h(
      'div',
      { class: 'card' },
      h('h3', {}, t('dashboard.export.xlsxTitle')),
      h('p', {}, t('dashboard.export.xlsxText')),
      h(
        'a',
        { class: 'button primary', href: api.exportUrl(schoolClass.id, 'xlsx'), download: '' },
        t('dashboard.export.xlsx'),
      ),
    ),
    h(
      'div',
      { class: 'card' },
      h('h3', {}, t('dashboard.export.jsonTitle')),
      h('p', {}, t('dashboard.export.jsonText')),
      h(
        'a',
        { class: 'button', href: api.exportUrl(schoolClass.id, 'json'), download: '' },
        t('dashboard.export.json'),
      ),
    ),
  );
  return { title: `${schoolClass.name} – ${t('dashboard.tabs.export')}`, element };
}
