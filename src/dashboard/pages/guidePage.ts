// A level's teacher guide: goals, preparation, discussion questions, the careers it shows and
// its tasks, with a link to play the level as a teacher.
import { api } from '../api/DashboardApi';
import { h } from '../dom/h';
import { localized, t } from '../i18n';
import { previewUrl } from '../levels/previewUrl';
import { teacherGuide } from '../levels/teacherGuides';
import { routeHash } from '../Route';
import type { PageView } from './PageView';

export async function guidePage(classId: string, levelId: string): Promise<PageView> {
  const { levels } = await api.levels();
  const level = levels.find((l) => l.id === levelId);
  const back = h(
    'p',
    {},
    h('a', { href: routeHash({ page: 'class', classId, tab: 'levels' }) }, t('dashboard.guide.back')),
  );
  if (!level) {
    const element = h('section', {}, h('h1', { tabindex: '-1' }, t('dashboard.guide.missing')), back);
    return { title: t('dashboard.guide.missing'), element };
  }
  const guide = await teacherGuide(level.id);
  const careers = [...new Set(level.tasks.flatMap((task) => task.careers))];
  const title = t('dashboard.guide.title', { level: localized(level.title) });
  const element = h(
    'article',
    { class: 'guide' },
    back,
    h('h1', { tabindex: '-1' }, title),
    h(
      'p',
      {},
      h(
        'a',
        { class: 'button primary', href: previewUrl(level.id), target: '_blank', rel: 'noopener' },
        t('dashboard.levels.preview'),
      ),
    ),
    guide?.intro ? h('p', { class: 'lead' }, localized(guide.intro)) : null,
    guide
      ? [
          h('p', {}, t('dashboard.guide.time', { minutes: guide.timeMinutes })),
          h('h2', {}, t('dashboard.guide.goals')),
          h('p', {}, localized(guide.goals)),
          h('h2', {}, t('dashboard.guide.preparation')),
          h('p', {}, localized(guide.preparation)),
          h('h2', {}, t('dashboard.guide.discussion')),
          h(
            'ol',
            {},
            guide.discussion.map((q) => h('li', {}, localized(q))),
          ),
        ]
      : h('p', {}, t('dashboard.guide.noGuide')),
    h('h2', {}, t('dashboard.guide.careers')),
    h(
      'ul',
      { class: 'chips' },
      careers.map((c) => h('li', {}, t(`careers.${c}`))),
    ),
    h('h2', {}, t('dashboard.guide.tasks')),
    h(
      'ol',
      {},
      level.tasks.map((task) =>
        h(
          'li',
          {},
          localized(task.title),
          ' ',
          h('span', { class: 'muted' }, `(${task.domains.map((d) => t(`domains.${d}`)).join(', ')})`),
        ),
      ),
    ),
  );
  return { title, element };
}
